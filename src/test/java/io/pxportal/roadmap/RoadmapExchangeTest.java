package io.pxportal.roadmap;

import static io.pxportal.exchange.TestImports.importCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;

/** Objectives, items, requirements and ratings through the portal's import and export. */
@PortalIntegrationTest
class RoadmapExchangeTest {

    @Autowired
    DirectImport imports;

    @Autowired
    ExportService exports;

    @Autowired
    RoadmapItemService items;

    @ParameterizedTest
    @EnumSource(FileFormat.class)
    @WithMockUser(username = "admin", roles = "ADMIN")
    void everything_the_portal_exports_imports_back_unchanged(FileFormat format) {
        for (String type : List.of("roadmap-objectives", "roadmap-items", "roadmap-requirements", "roadmap-ratings")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exports.writeAll(type, format, Locale.forLanguageTag("ru"), out);

            ImportOutcome outcome = imports.importNow(
                    type,
                    type + format.extension(),
                    new ByteArrayInputStream(out.toByteArray()),
                    ImportOptions.defaults());

            assertThat(outcome.created()).as(type + " created").isZero();
            assertThat(outcome.updated()).as(type + " updated").isZero();
            assertThat(outcome.unchanged()).as(type).isPositive();
        }
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void a_vendor_roadmap_sheet_creates_items_and_a_rerun_records_the_delay_in_the_history() {
        String sheet = "Supplier;Product name;Feature;Kind;Quarter;State;Platform\n"
                + "Quadient;Quadient Inspire;Sheet import: Inspire REST designer API;Feature;2027 Q2;Announced;\n";
        assertThat(importCsv(imports, "roadmap-items", sheet)).isEqualTo(new ImportOutcome(1, 0, 0));
        assertThat(importCsv(imports, "roadmap-items", sheet)).as("idempotent").isEqualTo(new ImportOutcome(0, 0, 1));

        assertThat(importCsv(imports, "roadmap-items", sheet.replace("2027 Q2;Announced", "2027-Q4;Delayed")))
                .isEqualTo(new ImportOutcome(0, 1, 0));

        RoadmapItemView item = items.page(
                        new RoadmapItemFilter("Sheet import: Inspire REST", null, null, null),
                        PageRequest.of(0, 1, Sort.by("title")))
                .getFirst();
        assertThat(items.statusHistory(item.id()))
                .extracting(StatusStep::status)
                .containsExactly(ItemStatus.ANNOUNCED, ItemStatus.DELAYED);
        assertThat(item.draft().committedQuarter()).isEqualTo(Quarter.parse("2027-Q4"));
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void rows_for_someone_elses_items_and_bad_quarters_are_refused_and_nothing_is_written() {
        String ratings = "vendor,product,item,objective,rating\n"
                + "OpenText,OpenText Exstream,Exstream 16.x end of support,CLOUD,1\n";
        assertThatThrownBy(() -> importCsv(imports, "roadmap-ratings", ratings))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::messageKey)
                                .containsExactly("roadmap.import.not-your-item"));
        String requirement = "platform,title,neededBy,objectives\n"
                + "Inspire Correspondence,Sheet import: accessible letters,next spring,A11Y\n";
        assertThatThrownBy(() -> importCsv(imports, "roadmap-requirements", requirement))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::messageKey)
                                .containsExactly("roadmap.import.not-a-quarter"));
    }
}
