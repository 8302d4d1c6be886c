package io.pxportal.shared.operations;

import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, delivers what a stopped node left undelivered: every incomplete publication from before this node
 * started. A bean of its own, so the call goes through {@link EventRedelivery}'s lock.
 */
@Component
class EventRedeliveryAtStart {

    private final EventRedelivery redelivery;
    private final Instant started;

    EventRedeliveryAtStart(EventRedelivery redelivery, Clock clock) {
        this.redelivery = redelivery;
        this.started = clock.instant();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        redelivery.resubmitPublishedBefore(started);
    }
}
