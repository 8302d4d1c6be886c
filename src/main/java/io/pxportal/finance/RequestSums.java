package io.pxportal.finance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The cost sums one request has read, by month, and the FX table. When the finance overview opens, five services
 * ask for figures over overlapping fiscal years (budget vs actual twice, spend by year twice, TCO, cost per communication by quarter and
 * by year), and each ran the same group-by over up to three years of cost lines again: ten times at 1,000,000 lines
 * was 3× the hand-written SQL (docs/benchmarks.md, "Finance overview"). Now a request reads each month once.
 *
 * <p>Kept in the request's attributes: it lives for one HTTP request (one Vaadin round trip, one API call) and is
 * never shared between requests or users; outside a request (jobs, the pack, tests without one) nothing is kept.
 * Any cost line or rate written in this JVM drops it ({@link #changed}), so a request that changes one and then
 * shows figures shows the change.
 */
final class RequestSums {

    private static final String ATTRIBUTE = RequestSums.class.getName();
    private static final String RATES = ATTRIBUTE + ".rates";
    private static final AtomicLong WRITES = new AtomicLong();

    private final long writes;
    private final Set<Long> visible;
    private final Map<YearMonth, List<CostSum>> byMonth = new HashMap<>();
    /** Each sum read, converted once into the reporting currency: the overview's calls converted them again each. */
    private final Map<CostSum, FinanceFigures.Converted> conversions = new IdentityHashMap<>();

    private String conversionCurrency;

    private RequestSums(long writes, Set<Long> visible) {
        this.writes = writes;
        this.visible = visible;
    }

    /** A cost line or FX rate was created, changed or removed: sums and rates read before are stale. */
    static void changed() {
        WRITES.incrementAndGet();
    }

    /** The FX table, read with {@code reader} once per request (each figure's service call asked for it again). */
    static FxTable rates(Supplier<FxTable> reader) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return reader.get();
        }
        long writes = WRITES.get();
        Object read = request.getAttribute(RATES, RequestAttributes.SCOPE_REQUEST);
        if (read instanceof ReadRates r && r.writes() == writes) {
            return r.table();
        }
        FxTable table = reader.get();
        request.setAttribute(RATES, new ReadRates(writes, table), RequestAttributes.SCOPE_REQUEST);
        return table;
    }

    private record ReadRates(long writes, FxTable table) {}

    /**
     * The sums of the months {@code from} to {@code to} over the {@code visible} platforms (null: all); {@code
     * query} reads a span of months from the database, only for months this request has not read yet.
     */
    static List<CostSum> sums(
            YearMonth from, YearMonth to, Set<Long> visible, BiFunction<YearMonth, YearMonth, List<CostSum>> query) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return query.apply(from, to);
        }
        long writes = WRITES.get();
        RequestSums read = (RequestSums) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (read == null || read.writes != writes || !Objects.equals(read.visible, visible)) {
            read = new RequestSums(writes, visible);
            request.setAttribute(ATTRIBUTE, read, RequestAttributes.SCOPE_REQUEST);
        }
        return read.months(from, to, query);
    }

    /**
     * The sums converted into {@code currency}, each at the month {@code rateMonth} gives it; a sum this request
     * converted before at the same month is not converted again. Outside a request every sum is converted.
     */
    static List<FinanceFigures.Converted> converted(
            List<CostSum> sums,
            String currency,
            Function<CostSum, YearMonth> rateMonth,
            BiFunction<CostSum, YearMonth, FinanceFigures.Converted> convert) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        RequestSums read =
                request == null ? null : (RequestSums) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (read == null || read.writes != WRITES.get()) {
            return sums.stream()
                    .map(sum -> convert.apply(sum, rateMonth.apply(sum)))
                    .toList();
        }
        if (!currency.equals(read.conversionCurrency)) {
            read.conversions.clear();
            read.conversionCurrency = currency;
        }
        List<FinanceFigures.Converted> result = new ArrayList<>(sums.size());
        for (CostSum sum : sums) {
            YearMonth month = rateMonth.apply(sum);
            FinanceFigures.Converted known = read.conversions.get(sum);
            if (known == null || !known.rateMonth().equals(month)) {
                known = convert.apply(sum, month);
                read.conversions.put(sum, known);
            }
            result.add(known);
        }
        return result;
    }

    private List<CostSum> months(YearMonth from, YearMonth to, BiFunction<YearMonth, YearMonth, List<CostSum>> query) {
        YearMonth first = null;
        YearMonth last = null;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (!byMonth.containsKey(m)) {
                first = first == null ? m : first;
                last = m;
            }
        }
        if (first != null) {
            // One query for the whole span missing; months in it read before are replaced, not counted twice.
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                byMonth.put(m, new ArrayList<>());
            }
            for (CostSum sum : query.apply(first, last)) {
                byMonth.get(YearMonth.from(sum.month())).add(sum);
            }
        }
        List<CostSum> result = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            result.addAll(byMonth.get(m));
        }
        return result;
    }
}
