package io.pxportal.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.TestLogins;
import io.pxportal.portfolio.PlatformEnvironment;
import io.pxportal.shared.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Lists sum up the measurements in the database ({@link UsageSummaries}); a single position sums them up in the
 * engine. Both must give the same position for every demo entitlement on every day — weekly dates over three
 * years put the date inside monthly periods (pro rata by days, with fractions that do not terminate), across
 * contract-year starts (two lines whose years start mid-month) and before and after terms.
 */
@PortalIntegrationTest
@WithMockUser(username = "finance", roles = "FINANCE")
class UsageSummariesTest {

    @Autowired
    EntitlementService entitlements;

    @Autowired
    EntitlementRepository entitlementRepository;

    @Autowired
    UsageMeasurementRepository measurements;

    @Autowired
    LicencePositions positions;

    @Autowired
    UsageService usageService;

    @Autowired
    io.pxportal.contracts.ContractService contracts;

    /** Lines whose contract years start mid-month, so monthly periods cross them; non-production counts too. */
    private void addMidMonthLines() {
        TestLogins.as(
                "admin",
                () -> {
                    var contract = contracts
                            .page(
                                    new io.pxportal.contracts.ContractFilter("OT-SAAS-2025-7", null, null),
                                    PageRequest.of(0, 1))
                            .getFirst();
                    LocalDate termFrom = LocalDate.now().minusYears(2).withDayOfMonth(15);
                    Long pages = entitlements
                            .create(new EntitlementDraft(
                                    contract.id(),
                                    contract.platforms().getFirst().id(),
                                    "Mid-month pages",
                                    LicenceMetric.PAGES_PER_YEAR,
                                    new BigDecimal("5000000"),
                                    new BigDecimal("0.01"),
                                    new BigDecimal("0.03"),
                                    null,
                                    termFrom,
                                    null,
                                    true,
                                    null))
                            .id();
                    Long users = entitlements
                            .create(new EntitlementDraft(
                                    contract.id(),
                                    contract.platforms().getFirst().id(),
                                    "Mid-month users",
                                    LicenceMetric.NAMED_USER,
                                    new BigDecimal("100"),
                                    new BigDecimal("300"),
                                    null,
                                    null,
                                    termFrom,
                                    null,
                                    true,
                                    null))
                            .id();
                    for (int month = 0; month < 24; month++) {
                        LocalDate first = termFrom.withDayOfMonth(1).plusMonths(month);
                        usageService.record(new MeasurementDraft(
                                pages,
                                PlatformEnvironment.PRODUCTION,
                                first,
                                first.plusMonths(1).minusDays(1),
                                BigDecimal.valueOf(70_001 + 997L * month),
                                null,
                                null));
                        usageService.record(new MeasurementDraft(
                                users,
                                month % 3 == 0 ? PlatformEnvironment.TEST : PlatformEnvironment.PRODUCTION,
                                first.plusDays(month % 5),
                                null,
                                BigDecimal.valueOf(30 + (month * 7) % 13),
                                null,
                                null));
                        if (month % 4 == 1) {
                            usageService.record(new MeasurementDraft(
                                    pages,
                                    PlatformEnvironment.DR,
                                    first.plusDays(3),
                                    first.plusDays(40),
                                    BigDecimal.valueOf(12_345),
                                    null,
                                    null));
                        }
                    }
                    return null;
                },
                Role.ADMIN);
    }

    @Test
    void positions_summed_up_in_the_database_equal_the_engine_on_every_day() {
        addMidMonthLines();
        Map<Long, List<MeasuredUsage>> usage = measurements.findAllBy(Pageable.unpaged()).stream()
                .collect(Collectors.groupingBy(
                        m -> m.getEntitlement().getId(),
                        Collectors.mapping(UsageMeasurement::toUsage, Collectors.toList())));
        Map<Long, EntitlementTerms> terms = entitlementRepository.findAll().stream()
                .collect(Collectors.toMap(Entitlement::getId, positions::terms));
        assertThat(usage).as("demo usage").isNotEmpty();
        int compared = 0;
        for (LocalDate day = LocalDate.now().minusYears(3);
                !day.isAfter(LocalDate.now().plusMonths(6));
                day = day.plusDays(5)) {
            for (EntitlementView view :
                    entitlements.page(EntitlementFilter.all(), day, PageRequest.of(0, 1000, Sort.by("id")))) {
                LicencePosition expected = LicencePositionEngine.position(
                        terms.get(view.id()), usage.getOrDefault(view.id(), List.of()), day);
                assertThat(view.position())
                        .as("%s on %s", view.draft().product(), day)
                        .isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void positions_of_many_days_from_one_query_equal_the_engine_on_each_day() {
        // the scores judge every quarter's end in one reading: the same entitlement comes once per day
        Map<Long, List<MeasuredUsage>> usage = measurements.findAllBy(Pageable.unpaged()).stream()
                .collect(Collectors.groupingBy(
                        m -> m.getEntitlement().getId(),
                        Collectors.mapping(UsageMeasurement::toUsage, Collectors.toList())));
        List<Entitlement> lines = entitlementRepository.findAll();
        Map<Long, EntitlementTerms> terms =
                lines.stream().collect(Collectors.toMap(Entitlement::getId, positions::terms));
        List<LocalDate> days = new java.util.ArrayList<>();
        for (LocalDate day = LocalDate.now().minusYears(3);
                !day.isAfter(LocalDate.now().plusMonths(3));
                day = day.plusDays(11)) {
            days.add(day);
        }
        Map<LocalDate, List<EntitlementView>> byDay = positions.views(lines, days);
        assertThat(byDay).containsOnlyKeys(days);
        int compared = 0;
        for (LocalDate day : days) {
            assertThat(byDay.get(day)).hasSize(lines.size());
            for (EntitlementView view : byDay.get(day)) {
                assertThat(view.position())
                        .as("%s on %s", view.draft().product(), day)
                        .isEqualTo(LicencePositionEngine.position(
                                terms.get(view.id()), usage.getOrDefault(view.id(), List.of()), day));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(500);
    }
}
