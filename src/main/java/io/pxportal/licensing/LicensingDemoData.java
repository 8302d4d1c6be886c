package io.pxportal.licensing;

import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.portfolio.PlatformEnvironment;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.shared.security.SystemAuthentication;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: entitlements for the demo contracts with monthly usage for up to 18 months, relative to
 * today, so that the demo always shows a volume heading for a shortfall before its contract year ends (Exstream,
 * 40 M documents, run rate ~44 M), a pool with shelfware (Inspire Designer, 25 named designers, 14 used), a seat
 * shortfall, an enterprise licence, and non-production usage that does not count (amounts assumed from public CCM
 * price levels).
 */
@Component
@Profile("demo")
@Order(40)
class LicensingDemoData implements ApplicationRunner {

    static final String EXSTREAM_DOCUMENTS = "Exstream Engine documents";
    static final String INSPIRE_DESIGNERS = "Inspire Designer";
    private static final Logger log = LoggerFactory.getLogger(LicensingDemoData.class);
    private static final int MONTHS = 18;
    /** Statement volumes by calendar month (January's annual statements first); they average 1. */
    private static final double[] SEASON = {1.12, 0.95, 1.00, 0.97, 0.96, 0.98, 0.93, 0.94, 1.00, 1.02, 1.03, 1.10};

    private final EntitlementService entitlements;
    private final UsageService usage;
    private final EntitlementRepository repository;
    private final ContractService contracts;
    private final Clock clock;

    LicensingDemoData(
            EntitlementService entitlements,
            UsageService usage,
            EntitlementRepository repository,
            ContractService contracts,
            Clock clock) {
        this.entitlements = entitlements;
        this.usage = usage;
        this.repository = repository;
        this.contracts = contracts;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        SystemAuthentication.runAs("demo-data", () -> {
            contract("OT-2019-0042").ifPresent(c -> {
                Long documents =
                        line(c, EXSTREAM_DOCUMENTS, LicenceMetric.DOCUMENTS_PER_YEAR, "40000000", "0.009", "0.015");
                monthlyVolumes(today, c, documents, PlatformEnvironment.PRODUCTION, 3_650_000);
                monthlyVolumes(today, c, documents, PlatformEnvironment.TEST, 380_000);
                Long cores = line(c, "Exstream server cores", LicenceMetric.CPU_CORE, "24", "2500", "3200");
                monthlyCounts(today, c, cores, PlatformEnvironment.PRODUCTION, m -> m < 12 ? 16 : 20);
                monthlyCounts(today, c, cores, PlatformEnvironment.DR, m -> 8);
            });
            contract("QD-MSLA-2021").ifPresent(c -> {
                Long designers = line(c, INSPIRE_DESIGNERS, LicenceMetric.NAMED_USER, "25", "3200", "4000");
                monthlyCounts(today, c, designers, PlatformEnvironment.PRODUCTION, m -> m < 6 ? 12 : m < 12 ? 13 : 14);
                monthlyCounts(today, c, designers, PlatformEnvironment.TEST, m -> 4);
                Long interactive = line(c, "Inspire Interactive", LicenceMetric.CONCURRENT_USER, "40", "1200", "1500");
                int[] peaks = {31, 33, 32, 35, 34, 36, 35, 38, 37, 39, 38, 41, 40, 42, 43, 44, 46, 43};
                monthlyCounts(today, c, interactive, PlatformEnvironment.PRODUCTION, m -> peaks[m]);
            });
            contract("OT-SAAS-2025-7").ifPresent(c -> {
                Long documents = line(
                        c, "Communications documents", LicenceMetric.DOCUMENTS_PER_YEAR, "18000000", "0.0233", "0.015");
                monthlyVolumes(today, c, documents, PlatformEnvironment.PRODUCTION, 1_200_000);
                monthlyVolumes(today, c, documents, PlatformEnvironment.TEST, 45_000);
            });
            contract("SC-PILOT-2026").ifPresent(c -> {
                Long authors = line(c, "SmartCOMM business authors", LicenceMetric.NAMED_USER, "20", "1500", null);
                monthlyCounts(today, c, authors, PlatformEnvironment.PRODUCTION, m -> 6 + m / 2);
            });
            contract("MP-2026-01").ifPresent(c -> {
                Long hub = line(c, "Messagepoint content hub", LicenceMetric.ENTERPRISE, null, null, null);
                monthlyCounts(today, c, hub, PlatformEnvironment.PRODUCTION, m -> 24 + m);
            });
        });
        log.info("Demo entitlements and usage loaded");
    }

    private Optional<ContractView> contract(String number) {
        return contracts.page(new ContractFilter(number, null, null), PageRequest.of(0, 5)).stream()
                .filter(c -> c.draft().number().equals(number))
                .findFirst();
    }

    private Long line(
            ContractView contract,
            String product,
            LicenceMetric metric,
            String quantity,
            String unitPrice,
            String overagePrice) {
        Long platformId =
                contract.platforms().stream().map(PlatformRef::id).findFirst().orElseThrow();
        return entitlements
                .create(new EntitlementDraft(
                        contract.id(),
                        platformId,
                        product,
                        metric,
                        decimal(quantity),
                        decimal(unitPrice),
                        decimal(overagePrice),
                        new BigDecimal("20"),
                        null,
                        null,
                        false,
                        null))
                .id();
    }

    /**
     * A count on the first of each month, for up to 18 months since the contract started; {@code count} gets the
     * month's index in the 18 months up to now (17 = this month).
     */
    private void monthlyCounts(
            LocalDate today,
            ContractView contract,
            Long entitlementId,
            PlatformEnvironment environment,
            IntFunction<Integer> count) {
        YearMonth first = firstMonth(today, contract);
        YearMonth current = YearMonth.from(today);
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            int index = MONTHS - 1 - (int) month.until(current, ChronoUnit.MONTHS);
            usage.record(new MeasurementDraft(
                    entitlementId,
                    environment,
                    month.atDay(1),
                    null,
                    BigDecimal.valueOf(count.apply(index)),
                    MeasurementSource.MANUAL,
                    null));
        }
    }

    /** A volume per completed calendar month since the contract started (at most 18), with a seasonal pattern. */
    private void monthlyVolumes(
            LocalDate today, ContractView contract, Long entitlementId, PlatformEnvironment environment, long monthly) {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        for (YearMonth month = firstMonth(today, contract); !month.isAfter(last); month = month.plusMonths(1)) {
            BigDecimal volume = BigDecimal.valueOf(monthly * SEASON[month.getMonthValue() - 1])
                    .setScale(-3, RoundingMode.HALF_UP)
                    .setScale(0);
            usage.record(new MeasurementDraft(
                    entitlementId,
                    environment,
                    month.atDay(1),
                    month.atEndOfMonth(),
                    volume,
                    MeasurementSource.IMPORTED,
                    null));
        }
    }

    private static YearMonth firstMonth(LocalDate today, ContractView contract) {
        YearMonth earliest = YearMonth.from(today).minusMonths(MONTHS - 1);
        YearMonth start = YearMonth.from(contract.draft().start());
        return start.isAfter(earliest) ? start : earliest;
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
