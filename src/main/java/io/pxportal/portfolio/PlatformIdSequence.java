package io.pxportal.portfolio;

import io.pxportal.shared.domain.IdSequenceMigration;
import org.springframework.stereotype.Component;

/** Platforms are imported by the ten thousand: their ids come from a pooled sequence so inserts batch. */
@Component
class PlatformIdSequence extends IdSequenceMigration {

    PlatformIdSequence() {
        super("97", "platform");
    }
}
