package io.pxportal.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.TestLogins;
import io.pxportal.experience.Catalogue;
import io.pxportal.experience.CatalogueDraft;
import io.pxportal.experience.CatalogueService;
import io.pxportal.finance.BudgetDraft;
import io.pxportal.finance.BudgetService;
import io.pxportal.finance.BudgetView;
import io.pxportal.finance.CostCategory;
import io.pxportal.portfolio.ContactData;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorDetails;
import io.pxportal.portfolio.VendorDraft;
import io.pxportal.portfolio.VendorService;
import io.pxportal.roadmap.ObjectiveService;
import io.pxportal.roadmap.Quarter;
import io.pxportal.roadmap.RatingService;
import io.pxportal.roadmap.RatingView;
import io.pxportal.roadmap.WeightSetView;
import io.pxportal.shared.security.Role;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people save the same record from the same version at the same moment: the first save's transaction has
 * read the record when the second one's commits, on another thread. Exactly one goes through, the other gets the
 * concurrent-edit message and writes nothing, also when the first save changes nothing in the record's own row (the
 * values saved again, or only a vendor's contacts), and when both saves create a record that may exist once (the next
 * weight set or catalogue version, the first rating of an item): there the first save's checks read the database
 * before the second one committed (a snapshot taken before, as a slower transaction's reads were). TwoNodesIT races
 * vendor saves on two nodes.
 */
@PortalIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ConcurrentSavesTest {

    private static final int YEAR = 2091;

    @Autowired
    BudgetService budgets;

    @Autowired
    VendorService vendors;

    @Autowired
    PlatformService platforms;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ObjectiveService objectives;

    @Autowired
    CatalogueService catalogues;

    @Autowired
    RatingService ratings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_budget_saved_again_unchanged_while_another_save_of_its_version_commits_is_refused() throws Exception {
        BudgetView opened = budgets.create(
                new BudgetDraft(platformId(), YEAR, CostCategory.MAINTENANCE, new BigDecimal("1000.00"), "EUR", null));
        BudgetDraft changed = new BudgetDraft(
                opened.draft().platformId(),
                YEAR,
                CostCategory.MAINTENANCE,
                new BigDecimal("2500.00"),
                "EUR",
                opened.draft().version());

        List<Object> outcomes = race(
                () -> budget(opened.id()),
                () -> budgets.update(opened.id(), opened.draft()),
                () -> budgets.update(opened.id(), changed));

        assertThat(outcomes)
                .as("%s", outcomes)
                .filteredOn(BudgetView.class::isInstance)
                .hasSize(1);
        assertThat(outcomes)
                .as("%s", outcomes)
                .filteredOn(ConcurrentEditException.class::isInstance)
                .hasSize(1);
        BudgetView stored = budget(opened.id());
        assertThat(stored.draft().amount()).isEqualByComparingTo("2500.00");
        assertThat(stored.draft().version()).isEqualTo(opened.draft().version() + 1);
        budgets.delete(stored.id(), stored.draft().version());
    }

    @Test
    void a_vendor_save_that_changes_only_its_contacts_is_refused_when_another_save_of_its_version_commits()
            throws Exception {
        VendorDetails opened = vendors.create(new VendorDraft(
                "Concurrent Saves Vendor",
                "DE",
                null,
                null,
                "as opened",
                List.of(new ContactData("Ada Lovelace", "Account manager", null, null)),
                null));
        VendorDraft otherContact =
                draft(opened, opened.notes(), new ContactData("Grace Hopper", "Support", null, null));
        VendorDraft otherNotes =
                draft(opened, "changed meanwhile", opened.contacts().getFirst());

        List<Object> outcomes = race(
                () -> vendors.get(opened.id()),
                () -> vendors.update(opened.id(), otherContact),
                () -> vendors.update(opened.id(), otherNotes));

        assertThat(outcomes)
                .as("%s", outcomes)
                .filteredOn(VendorDetails.class::isInstance)
                .hasSize(1);
        assertThat(outcomes)
                .as("%s", outcomes)
                .filteredOn(ConcurrentEditException.class::isInstance)
                .hasSize(1);
        VendorDetails stored = vendors.get(opened.id());
        assertThat(stored.notes()).isEqualTo("changed meanwhile");
        assertThat(stored.contacts()).extracting(ContactData::name).containsExactly("Ada Lovelace");
        assertThat(stored.version()).isEqualTo(opened.version() + 1);
        vendors.delete(stored.id(), stored.version());
    }

    @Test
    void of_two_weight_changes_from_the_same_set_one_is_refused_and_the_other_kept_whole() throws Exception {
        WeightSetView latest = objectives.weightSets().stream()
                .max(Comparator.comparing(WeightSetView::id))
                .orElseThrow();
        Quarter future = new Quarter(YEAR, 1);
        Map<Long, Integer> mine = new TreeMap<>(latest.weights());
        Map<Long, Integer> theirs = new TreeMap<>(latest.weights());
        mine.replaceAll((objective, weight) -> 10);
        theirs.replaceAll((objective, weight) -> 20);
        int before = objectives.weightSets().size();

        List<Object> outcomes = createdRace(
                objectives::weightSets,
                () -> objectives.changeWeights(mine, future, "mine", latest.id()),
                () -> objectives.changeWeights(theirs, future, "theirs", latest.id()));

        assertOneSavedOneRefused(outcomes, WeightSetView.class);
        assertThat(objectives.weightSets()).hasSize(before + 1);
        assertThat(objectives.weightsFor(future).orElseThrow().weights()).isEqualTo(theirs);
    }

    @Test
    void of_two_catalogue_publications_from_the_same_version_one_is_refused() throws Exception {
        Catalogue current = catalogues.current();
        int versions = catalogues.versions().size();

        List<Object> outcomes = createdRace(
                catalogues::versions,
                () -> catalogues.publish(CatalogueDraft.from(current, "mine")),
                () -> catalogues.publish(CatalogueDraft.from(current, "theirs")));

        assertOneSavedOneRefused(outcomes, Catalogue.class);
        assertThat(catalogues.versions()).hasSize(versions + 1);
        Catalogue published = catalogues.current();
        assertThat(published.note()).isEqualTo("theirs");
        // versions never change through the portal; the shared test database gets its catalogue back directly, so
        // that the other tests still score with the demo's newest version
        jdbc.update(
                "delete from experience_metric where catalogue_id = "
                        + "(select id from experience_catalogue where catalogue_number = ?)",
                published.number());
        jdbc.update("delete from experience_catalogue where catalogue_number = ?", published.number());
        assertThat(catalogues.current().number()).isEqualTo(current.number());
    }

    @Test
    void of_two_first_ratings_of_an_item_one_is_refused() throws Exception {
        RatingView rated = ratings.page(PageRequest.of(0, 1)).getFirst();
        ratings.rate(rated.itemId(), rated.objectiveId(), null, null, rated.version());

        List<Object> outcomes = createdRace(
                () -> ratings.page(PageRequest.of(0, 1)),
                () -> ratings.rate(rated.itemId(), rated.objectiveId(), 1, "mine", null),
                () -> ratings.rate(rated.itemId(), rated.objectiveId(), 2, "theirs", null));

        assertOneSavedOneRefused(outcomes, RatingView.class);
        RatingView saved = outcomes.stream()
                .filter(RatingView.class::isInstance)
                .map(RatingView.class::cast)
                .findFirst()
                .orElseThrow();
        // ratings are listed by item and objective: the one raced for is the first again, as the saved one wrote it
        RatingView stored = ratings.page(PageRequest.of(0, 1)).getFirst();
        assertThat(stored).usingRecursiveComparison().ignoringFields("ratedAt").isEqualTo(saved);
        ratings.rate(rated.itemId(), rated.objectiveId(), rated.rating(), rated.rationale(), stored.version());
    }

    private static void assertOneSavedOneRefused(List<Object> outcomes, Class<?> saved) {
        assertThat(outcomes).as("%s", outcomes).filteredOn(saved::isInstance).hasSize(1);
        assertThat(outcomes)
                .as("%s", outcomes)
                .filteredOn(ConcurrentEditException.class::isInstance)
                .hasSize(1);
    }

    /**
     * As {@link #race}, but the first transaction reads a snapshot ({@code read}, repeatable read) before the second
     * commits, so its own checks do not see what the second wrote: as when both check at the same moment and write
     * one after the other.
     */
    private List<Object> createdRace(Supplier<?> read, Supplier<?> first, Supplier<?> second) throws Exception {
        return race(read, first, second, TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * Runs {@code first} in a transaction that has already read the record with {@code read}, after
     * {@code second} has saved and committed on another thread as another user; returns both outcomes, the result
     * or the exception, first's first.
     */
    private List<Object> race(Supplier<?> read, Supplier<?> first, Supplier<?> second) throws Exception {
        return race(read, first, second, TransactionDefinition.ISOLATION_DEFAULT);
    }

    private List<Object> race(Supplier<?> read, Supplier<?> first, Supplier<?> second, int isolation) throws Exception {
        ExecutorService otherUser = Executors.newSingleThreadExecutor();
        try {
            Object[] secondOutcome = new Object[1];
            TransactionTemplate firstTransaction = new TransactionTemplate(transactions);
            firstTransaction.setIsolationLevel(isolation);
            Object firstOutcome = outcome(() -> firstTransaction.execute(status -> {
                read.get();
                try {
                    secondOutcome[0] = otherUser
                            .submit(() -> outcome(() -> TestLogins.as("admin", second, Role.ADMIN)))
                            .get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return first.get();
            }));
            return List.of(firstOutcome, secondOutcome[0]);
        } finally {
            otherUser.shutdownNow();
        }
    }

    private static Object outcome(Supplier<?> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            return e;
        }
    }

    private BudgetView budget(Long id) {
        return budgets.page(YEAR, PageRequest.of(0, 50)).stream()
                .filter(b -> b.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private Long platformId() {
        return platforms
                .page(new PlatformFilter("Messagepoint Content Hub", null, null, null, false), PageRequest.of(0, 1))
                .stream()
                .map(PlatformDetails::id)
                .findFirst()
                .orElseThrow();
    }

    private static VendorDraft draft(VendorDetails vendor, String notes, ContactData contact) {
        return new VendorDraft(
                vendor.name(),
                vendor.country(),
                vendor.website(),
                vendor.accountManager(),
                notes,
                List.of(contact),
                vendor.version());
    }
}
