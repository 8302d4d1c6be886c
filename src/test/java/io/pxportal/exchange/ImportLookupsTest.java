package io.pxportal.exchange;

import static io.pxportal.exchange.TestImports.importCsv;
import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorService;
import jakarta.persistence.EntityManagerFactory;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Imports look names and natural keys up once per pass or chunk, not once per row: a look-up per row was a
 * case-insensitive scan of the whole table, so a file's import time grew with its rows times the table's.
 */
@PortalIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ImportLookupsTest {

    @Autowired
    DirectImport imports;

    @Autowired
    VendorService vendors;

    @Autowired
    PlatformService platforms;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void ten_times_the_vendor_and_platform_rows_run_no_more_queries() {
        long few = queries(() -> {
            importCsv(imports, "vendors", vendors("Zz lookup few", 20));
            importCsv(imports, "platforms", platforms("Zz lookup few", 20));
        });
        long many = queries(() -> {
            importCsv(imports, "vendors", vendors("Zz lookup many", 200));
            importCsv(imports, "platforms", platforms("Zz lookup many", 200));
        });

        // Before: every row asked for its vendor and its platform by name, and the writes asked again.
        assertThat(many).isLessThanOrEqualTo(few + 10);
        assertThat(platforms.count(new PlatformFilter("Zz lookup many platform", null, null, null, false)))
                .isEqualTo(200);
    }

    @Test
    void ten_times_the_roadmap_item_rows_run_no_more_queries() {
        importCsv(imports, "vendors", vendors("Zz items", 1));
        long few = queries(() -> importCsv(imports, "roadmap-items", items("Zz items vendor 0", "few", 20)));
        long many = queries(() -> importCsv(imports, "roadmap-items", items("Zz items vendor 0", "many", 200)));

        // Before: every row asked, in the check and again in the import, whether its item was already stored.
        assertThat(many).isLessThanOrEqualTo(few + 10);
    }

    @Test
    void new_platforms_and_roadmap_items_are_inserted_in_batches() {
        importCsv(imports, "vendors", vendors("Zz batched", 200));
        long few = statements(() -> {
            importCsv(imports, "platforms", platforms("Zz batched", 20));
            importCsv(imports, "roadmap-items", items("Zz batched vendor 0", "few", 20));
        });
        long many = statements(() -> {
            importCsv(imports, "platforms", platforms("Zz batched", 200).replace("batched platform", "batched big"));
            importCsv(imports, "roadmap-items", items("Zz batched vendor 0", "many", 200));
        });

        // An identity id needs an insert statement of its own per row (180 more of each type); a pooled sequence
        // lets the rows share a batch, so ten times the rows prepare only a few more statements.
        assertThat(many).isLessThanOrEqualTo(few + 40);
        assertThat(platforms.count(new PlatformFilter("Zz batched big", null, null, null, false)))
                .isEqualTo(200);
    }

    @Test
    void every_vendor_of_a_file_longer_than_a_write_chunk_is_created_with_its_history() {
        int rows = ImportPasses.WRITE_CHUNK + 20;

        assertThat(importCsv(imports, "vendors", vendors("Zz chunked", rows))).isEqualTo(new ImportOutcome(rows, 0, 0));
        assertThat(importCsv(imports, "vendors", vendors("Zz chunked", rows))).isEqualTo(new ImportOutcome(0, 0, rows));

        for (int i : new int[] {0, ImportPasses.WRITE_CHUNK - 1, ImportPasses.WRITE_CHUNK, rows - 1}) {
            Long id = vendors.findByName("Zz chunked vendor " + i).orElseThrow().id();
            assertThat(vendors.history(id)).as("history of vendor %d", i).hasSize(1);
        }
        assertThat(vendors.count("Zz chunked vendor")).isEqualTo(rows);
    }

    private long queries(Runnable work) {
        return counted(work, Statistics::getQueryExecutionCount);
    }

    private long statements(Runnable work) {
        return counted(work, Statistics::getPrepareStatementCount);
    }

    private long counted(Runnable work, java.util.function.ToLongFunction<Statistics> count) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            work.run();
            return count.applyAsLong(statistics);
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }

    private static String vendors(String prefix, int rows) {
        return "name,country\n"
                + IntStream.range(0, rows)
                        .mapToObj(i -> prefix + " vendor " + i + ",DE")
                        .collect(Collectors.joining("\n"));
    }

    private static String items(String vendor, String prefix, int rows) {
        return "vendor,product,title,type,status\n"
                + IntStream.range(0, rows)
                        .mapToObj(i -> vendor + ",Exstream," + prefix + " item " + i + ",FEATURE,COMMITTED")
                        .collect(Collectors.joining("\n"));
    }

    private static String platforms(String prefix, int rows) {
        return "name,vendor,product,deployment,lifecycle\n"
                + IntStream.range(0, rows)
                        .mapToObj(i ->
                                prefix + " platform " + i + "," + prefix + " vendor " + i + ",Exstream,SAAS,SUSTAIN")
                        .collect(Collectors.joining("\n"));
    }
}
