package io.pxportal.shared.metric;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A weighted mean of scores some of which may have no data (docs/scoring.md, "Experience scores"), before rounding:
 * {@code value = Σ w·s / Σ w} over the parts that have a score (null when none has), and {@code coverage =
 * Σ w·c / Σ w} over all parts, 0 to 1, where a part's coverage {@code c} is 1 with a score and 0 without, or its own
 * coverage when the part is itself a mean (a pillar in PX, a dimension in TX).
 *
 * @param weightWithData the weight of the parts that have a score
 */
public record WeightedMean(BigDecimal value, BigDecimal weightWithData, BigDecimal coverage) {

    /** The mean of plain scores: {@code score} gives a part's score, or null when it has no data. */
    public static <T> WeightedMean of(
            Collection<T> parts, Function<T, BigDecimal> weight, Function<T, BigDecimal> score) {
        return of(parts, weight, score, (part, s) -> s == null ? BigDecimal.ZERO : BigDecimal.ONE);
    }

    /** The mean of means, each counting with its value and its own coverage. */
    public static <T> WeightedMean ofMeans(
            Collection<T> parts, Function<T, BigDecimal> weight, Function<T, WeightedMean> mean) {
        return of(
                parts,
                weight,
                p -> mean.apply(p).value(),
                (p, s) -> mean.apply(p).coverage());
    }

    private static <T> WeightedMean of(
            Collection<T> parts,
            Function<T, BigDecimal> weight,
            Function<T, BigDecimal> score,
            BiFunction<T, BigDecimal, BigDecimal> coverage) {
        BigDecimal all = BigDecimal.ZERO;
        BigDecimal withData = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal covered = BigDecimal.ZERO;
        for (T part : parts) {
            BigDecimal w = weight.apply(part);
            BigDecimal s = score.apply(part);
            all = all.add(w);
            covered = covered.add(w.multiply(coverage.apply(part, s), Scoring.MC));
            if (s != null) {
                withData = withData.add(w);
                sum = sum.add(w.multiply(s, Scoring.MC));
            }
        }
        return new WeightedMean(
                withData.signum() == 0 ? null : sum.divide(withData, Scoring.MC),
                withData,
                all.signum() == 0 ? BigDecimal.ZERO : covered.divide(all, Scoring.MC));
    }

    /** The share of this mean that a part of the given weight has (0 when the part has no data here). */
    public BigDecimal share(BigDecimal weight) {
        return value == null ? BigDecimal.ZERO : weight.divide(weightWithData, Scoring.MC);
    }
}
