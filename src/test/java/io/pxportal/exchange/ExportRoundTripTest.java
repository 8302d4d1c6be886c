package io.pxportal.exchange;

import static io.pxportal.exchange.ExportedFiles.export;
import static io.pxportal.exchange.ExportedFiles.firstExported;
import static io.pxportal.exchange.ExportedFiles.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every record type's export, as CSV and as XLSX, imported back: the same records — nothing created, nothing
 * updated, no new revision — also when their text starts as a formula would (=, +, -, @; written {@code '=X} in
 * CSV) or already starts with such an apostrophe.
 */
@PortalIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ExportRoundTripTest {

    /**
     * Per type, text cells of one demo record set to values a spreadsheet would run as formulas (and set back
     * afterwards: the demo data is shared by every test). A type without free text outside its natural key (budgets,
     * FX rates, usage, entitlements — a second line of a contract would make other tests' usage rows ambiguous) goes
     * round with its demo records only.
     */
    private static final Map<String, Map<String, String>> FORMULA_TEXT = Map.ofEntries(
            Map.entry("vendors", Map.of("notes", "=HYPERLINK(\"http://example.com\")", "accountManager", "'=kept")),
            Map.entry("platforms", Map.of("notes", "+notes", "productVersion", "-beta")),
            Map.entry("contracts", Map.of("title", "=Round trip title", "notes", "'+kept apostrophe")),
            Map.entry("entitlements", Map.of()),
            Map.entry("usage", Map.of()),
            Map.entry("cost-lines", Map.of("description", "-120 credit")),
            Map.entry("budgets", Map.of()),
            Map.entry("fx-rates", Map.of()),
            Map.entry("roadmap-objectives", Map.of("name", "@Round trip objective", "description", "=1+1")),
            Map.entry("roadmap-requirements", Map.of("description", "''@two")),
            Map.entry("roadmap-items", Map.of("notes", "=SUM(A1:A9)", "affectedVersion", "-")),
            Map.entry("roadmap-ratings", Map.of("rationale", "+why")),
            Map.entry("experience-observations", Map.of("note", "@note")),
            Map.entry("tickets", Map.of("title", "=Round trip ticket")),
            Map.entry("business-calendars", Map.of()),
            Map.entry("sla-policies", Map.of("name", "=Round trip policy")));

    @Autowired
    DirectImport imports;

    @Autowired
    ExportService exports;

    @Autowired
    ExchangeTypes types;

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> exportTypes() {
        return FORMULA_TEXT.keySet().stream().sorted().map(Arguments::of);
    }

    @Test
    void every_exchange_type_is_in_the_round_trip() {
        assertThat(FORMULA_TEXT.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        types.all().stream().map(RecordExchange::type).toList());
    }

    @ParameterizedTest
    @MethodSource("exportTypes")
    void the_export_imports_back_unchanged_in_csv_and_xlsx(String type) {
        Map<String, String> original = firstExported(exports, types, type);
        Map<String, String> record = new LinkedHashMap<>(original);
        Map<String, String> text = FORMULA_TEXT.get(type);
        assertThat(record.keySet()).containsAll(text.keySet());
        record.putAll(text);
        if (!text.isEmpty()) {
            // JSON rows are taken literally: the record now holds the formula-like text itself.
            assertThat(imports.importRows(type, List.of(new HashMap<>(record)), ImportOptions.defaults()))
                    .as(type)
                    .isEqualTo(new ImportOutcome(0, 1, 0));
        }
        try {
            roundTrips(type);
            assertThat(imports.importRows(type, List.of(new HashMap<>(record)), ImportOptions.defaults()))
                    .as("%s still holds the text as given", type)
                    .isEqualTo(new ImportOutcome(0, 0, 1));
        } finally {
            imports.importRows(type, List.of(new HashMap<>(original)), ImportOptions.defaults());
        }
    }

    @Test
    void a_ticket_closed_without_a_resolution_goes_round_unchanged() {
        Map<String, String> ticket = new LinkedHashMap<>(firstExported(exports, types, "tickets"));
        ticket.putAll(Map.of(
                "caseId",
                "ROUND-TRIP-CLOSED",
                "opened",
                "2019-03-05 10:15",
                "status",
                "Cancelled",
                "statusSince",
                "2019-03-06 10:00"));
        ticket.put("responded", null);
        ticket.put("resolved", null);
        ticket.put("closed", null);
        assertThat(imports.importRows("tickets", List.of(new HashMap<>(ticket)), ImportOptions.defaults())
                        .created())
                .isEqualTo(1);

        roundTrips("tickets");
    }

    private void roundTrips(String type) {
        for (FileFormat format : FileFormat.values()) {
            long revisions = revisions();
            byte[] file = export(exports, type, format);
            int records = rows(format, file).size() - 1;

            ImportOutcome outcome = imports.importNow(
                    type, type + format.extension(), new ByteArrayInputStream(file), ImportOptions.defaults());

            assertThat(outcome).as("%s as %s", type, format).isEqualTo(new ImportOutcome(0, 0, records));
            assertThat(revisions()).as("%s as %s: revisions", type, format).isEqualTo(revisions);
        }
    }

    private long revisions() {
        return jdbc.queryForObject("select count(*) from revinfo", Long.class);
    }
}
