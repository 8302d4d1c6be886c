package io.pxportal.experience;

import io.pxportal.shared.card.PlatformCardFact;
import io.pxportal.shared.card.PlatformCardSource;
import io.pxportal.shared.i18n.Sentences;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The portfolio card's score lines: TX and PX of the current quarter, with the change since the last quarter;
 * each opens the platform's scorecard. Below 50 reads bad, below 70 a warning.
 */
@Component
class ExperienceCards implements PlatformCardSource {

    private final ScoreService scores;
    private final Clock clock;

    ExperienceCards(ScoreService scores, Clock clock) {
        this.scores = scores;
        this.clock = clock;
    }

    @Override
    public Map<Long, List<PlatformCardFact>> facts(Collection<Long> platformIds) {
        Quarter now = Quarter.of(LocalDate.now(clock));
        // both quarters in one gathering: each input is read once for the page's platforms
        Map<Long, List<QuarterScore>> trends = scores.trends(platformIds, now, 2);
        Map<Long, List<PlatformCardFact>> facts = new HashMap<>();
        for (Long id : platformIds) {
            Scorecard previous = trends.get(id).getFirst().scorecard();
            Scorecard current = trends.get(id).getLast().scorecard();
            Map<String, String> link = Map.of("platform", String.valueOf(id));
            facts.put(
                    id,
                    List.of(
                            fact(10, "card.experience.tx", current.total(), previous.total(), link),
                            fact(
                                    11,
                                    "card.experience.px",
                                    current.dimension(Dimension.PX),
                                    previous.dimension(Dimension.PX),
                                    link)));
        }
        return facts;
    }

    private static PlatformCardFact fact(int order, String label, Score now, Score before, Map<String, String> link) {
        if (now.value() == null) {
            return new PlatformCardFact(
                    order,
                    label,
                    "card.experience.no-data",
                    List.of(),
                    PlatformCardFact.Tone.NEUTRAL,
                    "experience/scorecard",
                    link);
        }
        PlatformCardFact.Tone tone = now.value().compareTo(BigDecimal.valueOf(50)) < 0
                ? PlatformCardFact.Tone.BAD
                : now.value().compareTo(BigDecimal.valueOf(70)) < 0
                        ? PlatformCardFact.Tone.WARNING
                        : PlatformCardFact.Tone.GOOD;
        if (before.value() == null) {
            return new PlatformCardFact(
                    order, label, "card.experience.score", List.of(now.value()), tone, "experience/scorecard", link);
        }
        BigDecimal change = now.value().subtract(before.value());
        // Formatted with the score by the card, in one locale: "69,6 (-1,3 …)", never "69,6 (−1.3 …)".
        return new PlatformCardFact(
                order,
                label,
                "card.experience.score-trend",
                List.of(now.value(), new Sentences.Signed(change, 1)),
                tone,
                "experience/scorecard",
                link);
    }
}
