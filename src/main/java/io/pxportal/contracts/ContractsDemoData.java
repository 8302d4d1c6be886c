package io.pxportal.contracts;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.security.SystemAuthentication;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the demo portfolio's contracts, dated relative to today so that the demo always shows a
 * notice deadline within 60 days, one whose deadline has just passed, an explicit renewal, and a pilot that
 * does not renew (amounts assumed from public CCM price levels).
 */
@Component
@Profile("demo")
@Order(30)
class ContractsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContractsDemoData.class);

    private final ContractService contracts;
    private final ContractRepository repository;
    private final VendorService vendors;
    private final PlatformService platforms;
    private final Clock clock;

    ContractsDemoData(
            ContractService contracts,
            ContractRepository repository,
            VendorService vendors,
            PlatformService platforms,
            Clock clock) {
        this.contracts = contracts;
        this.repository = repository;
        this.vendors = vendors;
        this.platforms = platforms;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        SystemAuthentication.runAs("demo-data", () -> {
            // Term ends in 135 days, 90 days' notice: the deadline is 45 days away.
            LocalDate exstreamStart = today.plusDays(136).minusYears(5);
            create(
                    "OT-2019-0042",
                    "Exstream licence and maintenance",
                    "OpenText",
                    "Exstream Statements",
                    "olena",
                    exstreamStart,
                    36,
                    RenewalType.AUTOMATIC,
                    12,
                    90,
                    NoticeUnit.DAYS,
                    0,
                    "EUR",
                    "360000.00",
                    UpliftType.INDEX,
                    null,
                    "Eurozone HICP",
                    "7",
                    "3",
                    "Maintenance 20 % of the licence book value; renewals by tacit agreement.");
            create(
                    "OT-SAAS-2025-7",
                    "OpenText Communications SaaS subscription",
                    "OpenText",
                    "OpenText Communications Cloud",
                    "olena",
                    today.minusMonths(10).withDayOfMonth(1),
                    36,
                    RenewalType.AUTOMATIC,
                    12,
                    6,
                    NoticeUnit.MONTHS,
                    0,
                    "EUR",
                    "420000.00",
                    UpliftType.FIXED,
                    "3",
                    null,
                    null,
                    null,
                    "1.5 M documents a month, overage 0.015 EUR a document.");
            create(
                    "QD-MSLA-2021",
                    "Inspire term licence and MSLA",
                    "Quadient",
                    "Inspire Correspondence",
                    "marc",
                    today.minusYears(4).minusMonths(2).withDayOfMonth(1),
                    36,
                    RenewalType.EXPLICIT,
                    24,
                    120,
                    NoticeUnit.DAYS,
                    1,
                    "EUR",
                    "380000.00",
                    UpliftType.FIXED,
                    "4",
                    null,
                    null,
                    null,
                    "Renewal needs a signed amendment; one renewal signed.");
            create(
                    "SC-PILOT-2026",
                    "SmartCOMM onboarding pilot",
                    "Smart Communications",
                    "SmartCOMM Onboarding Pilot",
                    "marc",
                    today.minusMonths(8).withDayOfMonth(1),
                    12,
                    RenewalType.NONE,
                    0,
                    0,
                    NoticeUnit.DAYS,
                    0,
                    "EUR",
                    "60000.00",
                    UpliftType.NONE,
                    null,
                    null,
                    null,
                    null,
                    "Pilot ends; a decision to adopt or exit is due before its end.");
            // Term ends in 40 days, 60 days' notice: the deadline passed 20 days ago.
            create(
                    "MP-2026-01",
                    "Messagepoint content hub subscription",
                    "Messagepoint",
                    "Messagepoint Content Hub",
                    "olena",
                    today.plusDays(41).minusYears(1),
                    12,
                    RenewalType.AUTOMATIC,
                    12,
                    60,
                    NoticeUnit.DAYS,
                    0,
                    "EUR",
                    "150000.00",
                    UpliftType.FIXED,
                    "5",
                    null,
                    null,
                    null,
                    null);
        });
        log.info("Demo contracts loaded");
    }

    private void create(
            String number,
            String title,
            String vendor,
            String platform,
            String owner,
            LocalDate start,
            int initial,
            RenewalType type,
            int period,
            int notice,
            NoticeUnit unit,
            int renewals,
            String currency,
            String value,
            UpliftType uplift,
            String upliftPercent,
            String index,
            String cap,
            String floor,
            String notes) {
        Long vendorId = vendors.findByName(vendor).orElseThrow().id();
        Long platformId = platforms.refs(platform, PageRequest.of(0, 1)).stream()
                .map(PlatformRef::id)
                .findFirst()
                .orElseThrow();
        contracts.create(new ContractDraft(
                number,
                title,
                vendorId,
                Set.of(platformId),
                owner,
                start,
                initial,
                type,
                period,
                notice,
                unit,
                renewals,
                null,
                currency,
                new BigDecimal(value),
                uplift,
                decimal(upliftPercent),
                index,
                decimal(cap),
                decimal(floor),
                notes,
                null));
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
