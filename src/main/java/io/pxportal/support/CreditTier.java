package io.pxportal.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One uptime tier of a service-credit rule: monthly uptime below {@code belowPercent} earns {@code creditPercent}
 * of the monthly fee. Written as {@code "99.5:10; 95:15; 90:25"} in the policy and in import files.
 */
public record CreditTier(BigDecimal belowPercent, BigDecimal creditPercent) {

    /** Parses the written form; throws IllegalArgumentException on anything else. */
    public static List<CreditTier> parse(String text) {
        List<CreditTier> tiers = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tiers;
        }
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.split(":");
            if (pair.length != 2) {
                throw new IllegalArgumentException(part);
            }
            BigDecimal below = new BigDecimal(pair[0].trim().replace(',', '.'));
            BigDecimal credit = new BigDecimal(pair[1].trim().replace(',', '.'));
            if (below.signum() <= 0
                    || below.compareTo(BigDecimal.valueOf(100)) > 0
                    || credit.signum() < 0
                    || credit.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException(part);
            }
            tiers.add(new CreditTier(below, credit));
        }
        tiers.sort(Comparator.comparing(CreditTier::belowPercent).reversed());
        return tiers;
    }

    public static String format(List<CreditTier> tiers) {
        return tiers.stream()
                .map(t -> t.belowPercent().stripTrailingZeros().toPlainString() + ":"
                        + t.creditPercent().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("; "));
    }
}
