package io.pxportal.shared.card;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A module's contribution to the portfolio overview's platform cards. Called once per page of cards, as the
 * user viewing it; a platform the source knows nothing about is left out of the map.
 */
public interface PlatformCardSource {

    /** The facts per platform id, in the order they should appear. */
    Map<Long, List<PlatformCardFact>> facts(Collection<Long> platformIds);
}
