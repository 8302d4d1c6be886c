package io.pxportal.finance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The forecast for the next fiscal years from the contracts as signed: per year the fan and the true-up risk,
 * every contract's line (traceable to its clause), the true-up risks, the index assumption and spread used, and
 * which month's rate converted each currency ({@code rateMonths}; future amounts convert at the last rate known).
 */
public record Forecast(String currency, BigDecimal indexAssumption, BigDecimal spread, List<ForecastYear> years,
                       List<ForecastLine> lines, List<TrueUpRisk> trueUps, Map<String, YearMonth> rateMonths,
                       Set<RateGap> gaps) {

    public Forecast {
        years = List.copyOf(years);
        lines = List.copyOf(lines);
        trueUps = List.copyOf(trueUps);
        rateMonths = Map.copyOf(rateMonths);
        gaps = Set.copyOf(gaps);
    }
}
