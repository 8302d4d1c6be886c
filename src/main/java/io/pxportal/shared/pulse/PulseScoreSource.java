package io.pxportal.shared.pulse;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;

/**
 * The product owners' pulse on vendor support, per platform, for other modules to use (the experience module
 * implements it; support's vendor scorecard reads it). Only platforms whose pulse reached the anonymity threshold in
 * the quarter are answered: a platform below it is absent, never a partial figure.
 */
public interface PulseScoreSource {

    /**
     * The support score (0–100, the experience scores' metric formula over the pulse questions on support) of each
     * platform whose pulse reached the anonymity threshold in the quarter starting with {@code firstMonth}.
     */
    Map<Long, PulseScore> supportScores(Collection<Long> platformIds, YearMonth firstMonth);

    /** A platform's pulse score and the number of answers behind it. */
    record PulseScore(BigDecimal score, int responses) {}
}
