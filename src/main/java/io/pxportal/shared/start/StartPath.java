package io.pxportal.shared.start;

import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Who the path is for, and the steps of every module merged in order. */
public final class StartPath {

    /** The home page's query parameter asking for the path even when it is done (the user menu's entry). */
    public static final String SHOW_PARAMETER = "start";

    private StartPath() {}

    /** Admins set the portal up; product owners do their part for their platforms. Other roles only read. */
    public static boolean offeredToCurrentUser() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER);
    }

    /** Whether the current user sees the whole portal's path rather than their own platforms' part of it. */
    public static boolean wholePortal() {
        return CurrentUser.hasRole(Role.ADMIN);
    }

    /**
     * Every source's steps for the current user, in path order; none for a user the path is not for.
     * {@code activeVendorsByPlatform} (the portfolio's platforms in use for the current user, id → vendor id) is
     * asked at most once, whatever the number of sources that count over it.
     */
    public static List<StartStep> steps(
            Collection<? extends StartStepSource> sources, Supplier<Map<Long, Long>> activeVendorsByPlatform) {
        if (!offeredToCurrentUser()) {
            return List.of();
        }
        StartScope scope = StartScope.of(activeVendorsByPlatform);
        return sources.stream()
                .flatMap(s -> s.steps(scope).stream())
                .sorted(Comparator.comparingInt(StartStep::order))
                .toList();
    }

    /** Whether every step is done (a path with no step has nothing to do). */
    public static boolean complete(List<StartStep> steps) {
        return steps.stream().allMatch(s -> s.state() == StartState.DONE);
    }
}
