package io.pxportal.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The cost sums a request has read are read once per month: what the finance overview's calls ask the database
 * for, one after another in one request; a write in between, another set of visible platforms or no request at
 * all reads again.
 */
class RequestSumsTest {

    private final List<String> queries = new ArrayList<>();

    /** One sum per month: a month's list tells which month it came from. */
    private final BiFunction<YearMonth, YearMonth, List<CostSum>> database = (from, to) -> {
        queries.add(from + ".." + to);
        List<CostSum> sums = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            sums.add(new CostSum(1L, 2L, CostCategory.LICENCE, CostKind.ACTUAL, "EUR", m.atDay(1), BigDecimal.ONE));
        }
        return sums;
    };

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the overview: year, three years, two, three, the year again | request | 2026-04..2027-03, 2024-04..2026-03
            without a request every call reads                            | none    | 2026-04..2027-03, \
                                    2024-04..2027-03, 2025-04..2027-03, 2024-04..2027-03, 2026-04..2027-03
            a cost line written after the first call                     | write   | 2026-04..2027-03, 2024-04..2027-03
            another user's platforms after the first call                 | visible | 2026-04..2027-03, 2024-04..2027-03
            """)
    void each_month_is_read_once_per_request(String situation, String setting, String expected) {
        if (!setting.equals("none")) {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        }
        List<List<CostSum>> answers = new ArrayList<>();
        answers.add(RequestSums.sums(YearMonth.of(2026, 4), YearMonth.of(2027, 3), null, database));
        if (setting.equals("write")) {
            RequestSums.changed();
        }
        Set<Long> visible = setting.equals("visible") ? Set.of(1L) : null;
        answers.add(RequestSums.sums(YearMonth.of(2024, 4), YearMonth.of(2027, 3), visible, database));
        answers.add(RequestSums.sums(YearMonth.of(2025, 4), YearMonth.of(2027, 3), visible, database));
        answers.add(RequestSums.sums(YearMonth.of(2024, 4), YearMonth.of(2027, 3), visible, database));
        answers.add(RequestSums.sums(YearMonth.of(2026, 4), YearMonth.of(2027, 3), visible, database));

        assertThat(String.join(", ", queries))
                .isEqualTo(expected.replaceAll("\\s+", " ").trim());
        // Whatever was read when, every answer is its months' sums, each once, in month order.
        assertThat(answers).extracting(List::size).containsExactly(12, 36, 24, 36, 12);
        assertThat(answers.get(1)).extracting(CostSum::month).isSorted().doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the overview's calls in one request convert each sum once     | request | 36
            without a request every call converts                         | none    | 84
            a rate written between the calls converts again               | write   | 72
            commitments at the latest rate convert the future months again | future  | 48
            """)
    void each_sum_is_converted_once_per_request(String situation, String setting, int conversions) {
        if (!setting.equals("none")) {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        }
        int[] converted = {0};
        BiFunction<CostSum, YearMonth, FinanceFigures.Converted> convert = (sum, month) -> {
            converted[0]++;
            return new FinanceFigures.Converted(sum, month, sum.amount().setScale(2));
        };
        YearMonth current = YearMonth.of(2026, 9);
        List<CostSum> years = RequestSums.sums(YearMonth.of(2024, 4), YearMonth.of(2027, 3), null, database);
        RequestSums.converted(years, "EUR", sum -> YearMonth.from(sum.month()), convert);
        if (setting.equals("write")) {
            RequestSums.changed();
            years = RequestSums.sums(YearMonth.of(2024, 4), YearMonth.of(2027, 3), null, database);
        }
        List<CostSum> year = RequestSums.sums(YearMonth.of(2026, 4), YearMonth.of(2027, 3), null, database);
        List<FinanceFigures.Converted> again = RequestSums.converted(
                year,
                "EUR",
                sum -> setting.equals("future") && YearMonth.from(sum.month()).isAfter(current)
                        ? current
                        : YearMonth.from(sum.month()),
                convert);
        RequestSums.converted(years, "EUR", sum -> YearMonth.from(sum.month()), convert);

        assertThat(converted[0]).isEqualTo(conversions);
        assertThat(again).extracting(c -> c.sum().month()).isSorted().hasSize(12);
    }
}
