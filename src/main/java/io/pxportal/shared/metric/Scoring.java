package io.pxportal.shared.metric;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The portal's one scoring formula (docs/scoring.md, "Experience scores"), used by the experience scores and the
 * vendor scorecard alike: a value scores between its floor (0) and its target (100), and scores combine into a
 * {@link WeightedMean}. Computed in decimal arithmetic ({@link #MC}); a score is rounded only when shown.
 */
public final class Scoring {

    /** The precision of every step of a score. */
    public static final MathContext MC = MathContext.DECIMAL64;

    /** The best score. */
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {}

    /**
     * {@code clamp((value − floor) / (target − floor), 0, 1) × 100}, unrounded. The same formula serves both
     * directions: for "lower is better" the target lies below the floor, so the fraction still grows as the value
     * improves. {@code target} must differ from {@code floor}.
     */
    public static BigDecimal score(BigDecimal value, BigDecimal floor, BigDecimal target) {
        BigDecimal ratio = value.subtract(floor).divide(target.subtract(floor), MC);
        return ratio.max(BigDecimal.ZERO).min(BigDecimal.ONE).multiply(HUNDRED);
    }

    /** A score (or coverage, or points) as shown: half up to one decimal; null stays null. */
    public static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }
}
