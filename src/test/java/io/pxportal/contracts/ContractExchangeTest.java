package io.pxportal.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.exchange.DirectImport;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.FileFormat;
import io.pxportal.exchange.ImportOptions;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRejectedException;
import io.pxportal.exchange.RowError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@PortalIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ContractExchangeTest {

    private static final String HEADER = "number;title;vendor;platforms;owner;start;initialTermMonths;renewalType;"
            + "renewalPeriodMonths;noticeAmount;noticeUnit;currency;annualValue;upliftType;upliftPercent\n";

    @Autowired
    DirectImport imports;

    @Autowired
    ExportService exports;

    @Autowired
    ContractService contracts;

    private ImportOutcome importCsv(String csv) {
        return imports.importNow(
                "contracts",
                "contracts.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults());
    }

    private ContractView contract(String number) {
        return contracts
                .page(new ContractFilter(number, null, null), PageRequest.of(0, 1))
                .getFirst();
    }

    @ParameterizedTest
    @EnumSource(FileFormat.class)
    void every_contract_exported_by_the_portal_imports_back_unchanged(FileFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeAll("contracts", format, Locale.forLanguageTag("ar"), out);
        long records = contracts.count(ContractFilter.all());

        ImportOutcome outcome = imports.importNow(
                "contracts",
                "contracts" + format.extension(),
                new ByteArrayInputStream(out.toByteArray()),
                ImportOptions.defaults());

        assertThat(records).isGreaterThanOrEqualTo(5);
        assertThat(outcome)
                .extracting(ImportOutcome::created, ImportOutcome::updated, ImportOutcome::unchanged)
                .containsExactly(0, 0, (int) records);
        // Contracts other tests flagged stay flagged on the way back in: warnings for each inconsistent one.
        assertThat(outcome.warnings().stream().map(RowError::row).distinct().count())
                .isEqualTo(contracts.count(new ContractFilter(null, null, null, true)));
    }

    @Test
    void a_contract_names_vendor_platforms_and_choices_in_any_ui_language_and_a_second_import_changes_nothing() {
        String file = HEADER + "IMP-1;Imported contract;Adobe;Exstream Statements, OpenText Communications Cloud;"
                + "olena;2026-02-01;24;Продовжується лише за згодою;12;2;місяців;EUR;1000;Fixed percentage;2.5\n";

        assertThat(importCsv(file)).isEqualTo(new ImportOutcome(1, 0, 0));
        assertThat(importCsv(file)).isEqualTo(new ImportOutcome(0, 0, 1));
        ContractView imported = contract("IMP-1");
        assertThat(imported.draft().renewalType()).isEqualTo(RenewalType.EXPLICIT);
        assertThat(imported.draft().noticeUnit()).isEqualTo(NoticeUnit.MONTHS);
        assertThat(imported.draft().upliftType()).isEqualTo(UpliftType.FIXED);
        assertThat(imported.draft().upliftPercent()).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(imported.platforms())
                .extracting(p -> p.name())
                .containsExactlyInAnyOrder("Exstream Statements", "OpenText Communications Cloud");

        assertThat(importCsv(file.replace(";24;", ";36;"))).isEqualTo(new ImportOutcome(0, 1, 0));
        assertThat(contract("IMP-1").draft().initialTermMonths()).isEqualTo(36);
    }

    @Test
    void alert_lead_times_import_in_any_order_a_file_without_them_keeps_them_and_a_broken_one_is_reported() {
        String header = HEADER.replace("\n", ";Alert lead times\n");
        String row = "IMP-LEAD;Lead times;Quadient;Inspire Correspondence;;2026-02-01;12;NONE;;;;EUR;;;;";

        assertThat(importCsv(header + row + "\"7, 45\"\n")).isEqualTo(new ImportOutcome(1, 0, 0));
        assertThat(contract("IMP-LEAD").draft().alertLeadDays()).containsExactly(45, 7);
        assertThat(importCsv(HEADER + row.substring(0, row.length() - 1) + "\n"))
                .isEqualTo(new ImportOutcome(0, 0, 1));
        assertThat(contract("IMP-LEAD").draft().alertLeadDays()).containsExactly(45, 7);
        assertThatThrownBy(() -> importCsv(header + row + "soon\n"))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::column, RowError::messageKey)
                                .containsExactly(tuple("alertLeadDays", "contract.alert-lead-days.invalid")));
    }

    @Test
    void unknown_names_and_broken_numbers_are_reported_per_cell_and_nothing_is_written() {
        String file = HEADER
                + "BAD-2;Bad platform;Quadient;No Such Platform;;2026-02-01;12;NONE;;;;EUR;;;\n"
                + "BAD-3;Bad owner;Quadient;Inspire Correspondence;nobody.here;2026-02-01;12.5;NONE;;;;EUR;;;\n"
                + "BAD-4;No period;Quadient;Inspire Correspondence;;2026-02-01;12;AUTOMATIC;;;;EUR;;;\n";

        assertThatThrownBy(() -> importCsv(file))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::row, RowError::column, RowError::messageKey)
                                .containsExactlyInAnyOrder(
                                        tuple(2L, "platforms", "import.value.unknown-platform"),
                                        tuple(3L, "owner", "import.value.unknown-user"),
                                        tuple(3L, "initialTermMonths", "import.value.not-a-whole-number"),
                                        tuple(4L, "renewalPeriodMonths", "contract.renewal-period.required")));
        assertThat(contracts.count(new ContractFilter("BAD-", null, null))).isZero();
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void a_product_owner_cannot_import_over_a_contract_of_someone_elses_platform() {
        String file = HEADER + "OT-2019-0042;Taken over by marc;OpenText;Inspire Correspondence;marc;2021-01-01;36;"
                + "AUTOMATIC;12;90;DAYS;EUR;1;NONE;\n";

        assertThatThrownBy(() -> importCsv(file))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::messageKey)
                                .containsExactly("import.value.not-your-contract"));
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void a_product_owner_cannot_import_a_contract_linking_another_owners_platform() {
        String file = HEADER + "IMP-LINK-1;Own and foreign;Quadient;Inspire Correspondence, Exstream Statements;marc;"
                + "2026-01-01;12;AUTOMATIC;12;90;DAYS;EUR;1;NONE;\n";

        assertThatThrownBy(() -> importCsv(file))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::messageKey)
                                .containsExactly("contract.platform.not-yours"));
        assertThat(contracts.count(new ContractFilter("IMP-LINK-1", null, null)))
                .isZero();
    }
}
