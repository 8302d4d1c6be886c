package io.pxportal.shared.start;

import java.util.List;

/**
 * A module's steps of the getting-started path, for the user viewing it: an admin gets every step over the whole
 * portal, a product owner only the steps they can act on, counted over their own platforms; anyone else none.
 * States come from counts and exists-queries, never from loading the records. Orders, in dependency order: users
 * 10, vendors 20, platforms 30, contracts 40, entitlements and usage 50, SLA 60, budgets and cost lines 70, rates
 * 80, objectives and roadmap items 90, the experience catalogue 100, the first steering review 110.
 */
public interface StartStepSource {

    /**
     * The steps this module contributes for the current user; empty when the user can act on none of them.
     * {@code scope} holds the platforms counted over, shared by every source of one path.
     */
    List<StartStep> steps(StartScope scope);
}
