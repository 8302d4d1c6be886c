package io.pxportal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.exchange.DirectImport;
import io.pxportal.exchange.ImportOptions;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportWizard;
import io.pxportal.shared.domain.DomainException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A ServiceNow export imported twice and then a newer one: tickets are created once, statuses append to the
 * history, the SLA clocks run in the policy's zone; and the credit claim path with its event.
 */
@PortalIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
@RecordApplicationEvents
class SupportExchangeTest {

    static final String PILOT = "SmartCOMM Onboarding Pilot"; // policy in America/New_York, 9–17 on weekdays

    @Autowired
    DirectImport imports;

    @Autowired
    ImportWizard wizard;

    @Autowired
    TicketService tickets;

    @Autowired
    CreditService credits;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Clock clock;

    private ImportOutcome importCsv(String csv) {
        return imports.importNow(
                "tickets",
                "incidents.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults());
    }

    @Test
    void a_servicenow_export_imports_once_and_a_newer_one_appends_status_changes() {
        String export = "Number,Priority,Short description,Configuration item,Opened,State,Updated,Responded,Resolved\n"
                + "SNOW-0001,2 - High,Batch fails over the DST weekend," + PILOT
                + ",2026-03-06 16:00,Resolved,2026-03-12 10:00,2026-03-06 16:30,2026-03-12 10:00\n"
                + "SNOW-0002,4 - Low,How to count test documents?," + PILOT
                + ",2026-03-09 10:00,Awaiting Customer,2026-03-09 11:00,,\n";
        assertThat(importCsv(export)).isEqualTo(new ImportOutcome(2, 0, 0));
        assertThat(importCsv(export)).isEqualTo(new ImportOutcome(0, 0, 2));

        TicketView high = ticket("SNOW-0001");
        // Fri 16–17, Mon, Tue, Wed 8 h each, Thu 9–10: 26 working hours against 24, across the DST change.
        assertThat(high.resolution().used()).isEqualTo(java.time.Duration.ofHours(26));
        assertThat(high.resolution().outcome()).isEqualTo(SlaOutcome.BREACHED);
        assertThat(high.response().outcome()).isEqualTo(SlaOutcome.MET);

        String newer = "Number,Priority,Short description,Configuration item,Opened,State,Updated\n"
                + "SNOW-0002,4 - Low,How to count test documents?," + PILOT
                + ",2026-03-09 10:00,Work in Progress,2026-03-11 09:00\n";
        assertThat(importCsv(newer)).isEqualTo(new ImportOutcome(0, 1, 0));
        TicketView low = ticket("SNOW-0002");
        assertThat(low.history())
                .extracting(StatusChange::status)
                .containsExactly(TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.IN_PROGRESS);
        assertThat(low.response().used()).isEqualTo(java.time.Duration.ofHours(1));
        assertThat(low.resolution().intervals())
                .filteredOn(SlaClock.Interval::paused)
                .hasSize(1);
    }

    @Test
    void a_granted_credit_is_announced_and_a_lapsed_one_cannot_be_claimed() {
        YearMonth now = YearMonth.now(clock);
        List<CreditView> all = credits.credits(now.minusMonths(24), now);
        CreditView owed = all.stream()
                .filter(c -> c.status() == CreditStatus.OWED)
                .filter(c -> !c.contractNumber().equals(SupportDemoData.SAAS_CONTRACT))
                .findFirst()
                .orElseThrow();
        CreditView claimed = credits.claim(owed.policyId(), owed.month(), "test claim");
        credits.grant(claimed.creditId(), claimed.claimedAmount(), "CN-TEST-1", claimed.version());
        assertThat(events.stream(ServiceCreditGranted.class)).singleElement().satisfies(e -> {
            assertThat(e.amount()).isEqualByComparingTo(owed.assessment().amount());
            assertThat(e.month()).isEqualTo(owed.month());
            assertThat(e.reference()).isEqualTo("CN-TEST-1");
            assertThat(e.contractNumber()).isEqualTo(owed.contractNumber());
        });
        CreditView lapsed = all.stream()
                .filter(c -> c.status() == CreditStatus.LAPSED)
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> credits.claim(lapsed.policyId(), lapsed.month(), null))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("support.credit.window-closed"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "Номер звернення;Тема;Пріоритет;Статус;Дата створення;Перша відповідь;Дата вирішення",
                "№ звернення;Тема звернення;Критичність;Стан;Відкрито;Дата першої відповіді;Вирішено",
                "Номер обращения;Тема;Приоритет;Состояние;Дата создания;Дата первого ответа;Дата решения",
                "رقم التذكرة;الموضوع;الأولوية;الحالة;تاريخ الإنشاء;تاريخ أول استجابة;تاريخ الحل",
                "Case Number;Subject;Severity;Status;Date/Time Opened;First Response Date;Resolved Date",
                "Issue key;Summary;Priority;Status;Created;Date of first response;Resolved"
            })
    void the_headers_of_typical_ticket_exports_are_recognised_in_every_language(String headers) {
        var job = wizard.upload(
                "tickets",
                "export.csv",
                new ByteArrayInputStream(
                        (headers + "\nX-1;x;P2;Resolved;" + "2026-03-09 10:00;;\n").getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults());

        assertThat(wizard.preview(job.id(), 0).mapping())
                .containsOnlyKeys("caseId", "title", "severity", "status", "opened", "responded", "resolved");
        wizard.discard(job.id());
    }

    @Test
    void a_vendor_portal_export_without_a_platform_column_takes_one_platform_for_the_whole_file() {
        String export = "Номер звернення;Тема;Пріоритет;Статус;Дата створення;Перша відповідь;Дата вирішення\n"
                + "QD-7001;Шаблон не формується;P2;У роботі;05.03.2026 10:15;05.03.2026 11:00;\n"
                + "QD-7002;Питання щодо ліцензій;P4;Вирішене;06.03.2026 09:00;06.03.2026 09:30;06.03.2026 15:00\n";
        ImportOptions ukrainian = new ImportOptions(null, java.util.Locale.forLanguageTag("uk-UA"));

        assertThatThrownBy(() -> importCsv(export, ukrainian))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.mapping.required-missing"));
        assertThatThrownBy(() -> importCsv(export, ukrainian.withValues(java.util.Map.of("platform", "No Such CCM"))))
                .isInstanceOfSatisfying(
                        io.pxportal.exchange.ImportRejectedException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.column()).isEqualTo("platform");
                            assertThat(error.arguments()).containsExactly("No Such CCM");
                        }));
        assertThat(importCsv(export, ukrainian.withValues(java.util.Map.of("platform", PILOT))))
                .isEqualTo(new ImportOutcome(2, 0, 0));
        assertThat(ticket("QD-7002").platform()).isEqualTo(PILOT);
        assertThatThrownBy(() -> importCsv(
                        export.replace("Статус", "Платформа"),
                        ukrainian.withValues(java.util.Map.of("platform", PILOT))))
                .as("a value for the whole file only for a column the file does not have")
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.values.column-in-file"));
    }

    private ImportOutcome importCsv(String csv, ImportOptions options) {
        return imports.importNow(
                "tickets", "portal.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), options);
    }

    private TicketView ticket(String caseId) {
        return tickets.page(new TicketFilter(caseId, null, null, null, null, false, false), PageRequest.of(0, 2))
                .getFirst();
    }
}
