package io.pxportal.finance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The forecast for the next fiscal years from the contracts as signed: per year the fan and the true-up risk,
 * every contract's line (traceable to its clause), the true-up risks, the index assumption and spread used, and
 * which month's rate converted each currency ({@code rateMonths}; future amounts convert at the last rate known),
 * and what it covers ({@code coverage}).
 */
public record Forecast(
        String currency,
        BigDecimal indexAssumption,
        BigDecimal spread,
        List<ForecastYear> years,
        List<ForecastLine> lines,
        List<TrueUpRisk> trueUps,
        Map<String, YearMonth> rateMonths,
        Set<RateGap> gaps,
        Coverage coverage) {

    /**
     * What the forecast is made of: the recurring costs of {@code contracts} contracts of the contracts register
     * (annual value, uplift clause, renewal decisions) as of {@code asOf}, of which {@code ending} stop within the
     * years shown; the contracts left out for want of an annual value ({@code withoutValue}, by number); and the
     * true-up risks of {@code trueUps} licence positions. Cost lines booked without a contract (hosting, internal
     * staff, projects) are not forecast.
     */
    public record Coverage(
            java.time.LocalDate asOf, int contracts, int ending, List<String> withoutValue, int trueUps) {

        public Coverage {
            withoutValue = List.copyOf(withoutValue);
        }
    }

    public Forecast {
        years = List.copyOf(years);
        lines = List.copyOf(lines);
        trueUps = List.copyOf(trueUps);
        rateMonths = Map.copyOf(rateMonths);
        gaps = Set.copyOf(gaps);
    }
}
