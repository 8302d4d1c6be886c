package io.pxportal.shared.audit;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records security events for the audit trail: identity's sign-ins, refusals, lock-outs and API token use, the rate
 * limiter's refusals. Each event is written in
 * its own transaction, so it stays recorded even when the work around it fails (a refused login).
 */
@Component
public class SecurityEvents {

    private final SecurityEventRepository events;
    private final Clock clock;

    SecurityEvents(SecurityEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records that {@code kind} happened now for {@code username}; {@code detail} says more (or is empty). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEventKind kind, String username, String detail) {
        events.save(new SecurityEvent(
                clock.instant(), username == null || username.isBlank() ? "?" : username, kind, detail));
    }
}
