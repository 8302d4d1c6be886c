package io.pxportal.governance;

import io.pxportal.shared.card.PlatformCardFact;
import io.pxportal.shared.card.PlatformCardFact.Tone;
import io.pxportal.shared.card.PlatformCardSource;
import io.pxportal.shared.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio card's alert line: how many of the viewing user's alerts about the platform are open and not yet
 * acknowledged, and the nearest date among them; it opens the alert inbox narrowed to the platform. A platform
 * without such alerts shows no line. The tone follows the inbox's severity of the nearest date (7 days or passed:
 * bad, 30: warning).
 */
@Component
@Transactional(readOnly = true)
class GovernanceCards implements PlatformCardSource {

    static final int ORDER = 60;

    private final AlertRepository alerts;
    private final Clock clock;

    GovernanceCards(AlertRepository alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public Map<Long, List<PlatformCardFact>> facts(Collection<Long> platformIds) {
        Optional<String> me = CurrentUser.username();
        if (me.isEmpty() || platformIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<PlatformCardFact>> facts = new HashMap<>();
        for (Object[] row : alerts.openByPlatform(me.get(), platformIds)) {
            long count = ((Number) row[1]).longValue();
            LocalDate nearest = (LocalDate) row[2];
            facts.put(
                    (Long) row[0],
                    List.of(new PlatformCardFact(
                            ORDER,
                            "card.governance.alerts",
                            "card.governance.alerts.open",
                            List.of(count, nearest),
                            tone(nearest, today),
                            "alerts",
                            Map.of("platform", String.valueOf(row[0])))));
        }
        return facts;
    }

    static Tone tone(LocalDate nearest, LocalDate today) {
        return switch (AlertView.Severity.of(ChronoUnit.DAYS.between(today, nearest))) {
            case CRITICAL -> Tone.BAD;
            case HIGH -> Tone.WARNING;
            default -> Tone.NEUTRAL;
        };
    }
}
