package io.pxportal.support;

import static io.pxportal.exchange.TestImports.importCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.contracts.ContractService;
import io.pxportal.exchange.DirectImport;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.FileFormat;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRejectedException;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorService;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A new contract's SLA arrives as files: a business calendar, then the policy, then the vendor's tickets, which are
 * measured on the new clock; the export imports back unchanged; a bad row rejects the whole file.
 */
@PortalIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class SlaPolicyExchangeTest {

    @Autowired
    DirectImport imports;

    @Autowired
    ExportService exports;

    @Autowired
    VendorService vendors;

    @Autowired
    PlatformService platforms;

    @Autowired
    ContractService contracts;

    @Autowired
    TicketService tickets;

    private String export(String type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeAll(type, FileFormat.CSV, Locale.ENGLISH, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void calendar_policy_and_tickets_imported_measure_the_new_york_p1_on_its_own_clock() {
        Long platformId = NewYorkContracts.create(vendors, platforms, contracts, "IMP", "NY-IMP-2026")
                .platforms()
                .getFirst()
                .id();

        assertThat(importCsv(imports, "business-calendars", """
                Calendar,Time zone,Working hours,Effective from,Holidays
                New York office IMP,America/New_York,Mon-Fri 08:00-17:00,2026-01-01,2026-11-26 Thanksgiving; 2026-12-25 Christmas Day
                """)).isEqualTo(new ImportOutcome(1, 0, 0));
        String header = "Contract number,Policy,Business calendar,Pausing statuses,Currency,"
                + "P1 name,P1 response,P1 response clock,P1 resolution,P1 resolution clock,"
                + "P2 name,P2 response,P2 resolution,P3 name,P3 response,P3 resolution,P4 name,P4 response,P4 resolution\n";
        assertThat(
                        importCsv(
                                imports,
                                "sla-policies",
                                header + "NY-IMP-2026,New York support IMP,New York office IMP,"
                                        + "Waiting on customer,USD,Critical,90,business,480,24x7,High,240,960,Medium,480,4800,Low,960,9600\n"))
                .isEqualTo(new ImportOutcome(1, 0, 0));

        assertThat(importCsv(
                        imports,
                        "tickets",
                        "Number,Priority,Short description,Configuration item,Opened,State\n"
                                + "IMP-1,1 - Critical,Statements stopped,NY platform IMP,2026-11-25 16:30,New\n"))
                .isEqualTo(new ImportOutcome(1, 0, 0));
        TicketView ticket = tickets.page(
                        new TicketFilter("IMP-1", Set.of(platformId), null, null, null, false, false),
                        org.springframework.data.domain.PageRequest.of(0, 5))
                .getFirst();
        assertThat(ticket.policy()).isEqualTo("New York support IMP");
        assertThat(ticket.response().dueAt())
                .isEqualTo(LocalDateTime.parse("2026-11-27T09:00")
                        .atZone(ZoneId.of("America/New_York"))
                        .toInstant());
        // The resolution runs round the clock: 8 hours after Wednesday 16:30.
        assertThat(ticket.resolution().dueAt())
                .isEqualTo(LocalDateTime.parse("2026-11-26T00:30")
                        .atZone(ZoneId.of("America/New_York"))
                        .toInstant());

        assertThat(importCsv(imports, "business-calendars", export("business-calendars"))
                        .unchanged())
                .isPositive();
        ImportOutcome again = importCsv(imports, "sla-policies", export("sla-policies"));
        assertThat(again.created() + again.updated()).isZero();
    }

    @Test
    void a_calendar_file_with_a_bad_row_imports_nothing_and_names_the_problem() {
        assertThatThrownBy(() -> importCsv(imports, "business-calendars", """
                Calendar,Time zone,Working hours,Holidays
                Good office BAD,Europe/Kyiv,Mon-Fri 09:00-18:00,2026-08-24 Independence Day
                Bad office BAD,Europe/Kyiv,Mon-Fri 9 to 18,
                """))
                .isInstanceOf(ImportRejectedException.class)
                .satisfies(e -> assertThat(((ImportRejectedException) e).errors())
                        .anySatisfy(
                                error -> assertThat(error.messageKey()).isEqualTo("support.calendar.hours.invalid")));
        assertThat(export("business-calendars")).doesNotContain("Good office BAD");
    }
}
