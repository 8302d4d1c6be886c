/**
 * What the portfolio overview's platform cards show beyond the platform itself: each module that knows something
 * a steering member wants at a glance (scores, the next notice deadline, the licence position, SLA
 * compliance, budget variance, open alerts) declares a {@link io.pxportal.shared.card.PlatformCardSource};
 * the portfolio module renders the facts and depends on none of those modules.
 */
package io.pxportal.shared.card;
