package io.pxportal.shared.audit;

import io.pxportal.shared.security.CurrentUser;
import java.util.function.Supplier;

/**
 * Who a change is attributed to: the logged-in user, or a named system actor for work nobody is logged in
 * for (login lock-outs, demo data, scheduled jobs).
 */
public final class AuditActor {

    public static final String SYSTEM = "system";

    private static final ThreadLocal<String> OVERRIDE = new ThreadLocal<>();

    private AuditActor() {}

    /** The name recorded with a change made now on this thread. */
    public static String current() {
        String override = OVERRIDE.get();
        if (override != null) {
            return override;
        }
        return CurrentUser.username().orElse(SYSTEM);
    }

    /**
     * Runs work whose changes are attributed to {@code actor}. Envers names the actor when the transaction
     * commits, so the whole transaction must run inside: start it within {@code work}, not around this call.
     */
    public static <T> T as(String actor, Supplier<T> work) {
        String previous = OVERRIDE.get();
        OVERRIDE.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }
}
