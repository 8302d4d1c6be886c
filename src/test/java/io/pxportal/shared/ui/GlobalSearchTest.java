package io.pxportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import io.pxportal.PortalViewTest;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.ui.PortfolioView;
import io.pxportal.portfolio.ui.VendorsView;
import io.pxportal.shared.search.SearchHit;
import io.pxportal.shared.search.SearchSource;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The global search: Ctrl+K or the navbar's button opens it, it finds records of every kind and links to their pages,
 * and it finds only what the searching user's lists show them.
 */
class GlobalSearchTest extends PortalViewTest {

    @Autowired
    List<SearchSource> sources;

    @Autowired
    PlatformService platforms;

    private GlobalSearch open() {
        navigate(PortfolioView.class);
        test(find(Button.class).id("global-search")).click();
        return (GlobalSearch) find(Dialog.class).id("global-search-dialog");
    }

    private List<String> kindsFound(GlobalSearch search, String text) {
        test(find(TextField.class).id("global-search-field")).setValue(text);
        return search.hits().stream().map(SearchHit::kindKey).distinct().toList();
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void ctrl_k_opens_the_search_with_the_field_to_type_in() {
        navigate(PortfolioView.class);
        assertThat(find(Dialog.class).withId("global-search-dialog").exists()).isFalse();

        fireShortcut(Key.KEY_K, KeyModifier.CONTROL);

        Dialog dialog = find(Dialog.class).id("global-search-dialog");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(find(TextField.class).id("global-search-field").getValue()).isEmpty();
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void it_finds_a_record_of_every_kind_and_links_to_its_page() {
        GlobalSearch search = open();

        assertThat(kindsFound(search, "OpenText")).contains("search.kind.vendor", "search.kind.platform");
        assertThat(kindsFound(search, "OT-2019")).contains("search.kind.contract");
        assertThat(kindsFound(search, "ES-10")).contains("search.kind.ticket");
        assertThat(kindsFound(search, "end of support")).contains("search.kind.roadmap-item");
        assertThat(kindsFound(search, "Omnichannel")).contains("search.kind.objective");
        assertThat(kindsFound(search, "steering review")).contains("search.kind.review");

        kindsFound(search, "OT-2019-0042");
        assertThat(find(Anchor.class).all())
                .filteredOn(a -> a.getElement().getTextRecursively().contains("OT-2019-0042"))
                .extracting(Anchor::getHref)
                .singleElement()
                .asString()
                .startsWith("contracts?contract=");
        assertThat(search.hits())
                .extracting(SearchHit::location)
                .allMatch(l -> l.matches("(vendors\\?vendor|platforms\\?platform|contracts\\?contract"
                        + "|support\\?ticket|roadmap/items\\?item|roadmap/objectives\\?objective)=\\d+|reviews/\\d+"));
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void a_hit_opens_the_record_and_closes_the_search() {
        GlobalSearch search = open();
        test(find(TextField.class).id("global-search-field")).setValue("Quadient");
        SearchHit vendor = search.hits().stream()
                .filter(h -> h.kindKey().equals("search.kind.vendor"))
                .findFirst()
                .orElseThrow();

        Location location = new Location(vendor.location());
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());

        assertThat(getCurrentView()).isInstanceOf(VendorsView.class);
        assertThat(search.isOpened()).isFalse();
        assertThat(find(Dialog.class).all())
                .anyMatch(d -> d.isOpened() && d.getHeaderTitle().contains("Quadient"));
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void too_short_or_unknown_text_says_so_instead_of_listing_everything() {
        GlobalSearch search = open();

        assertThat(kindsFound(search, "O")).isEmpty();
        assertThat(kindsFound(search, "no such record anywhere")).isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all())
                .anyMatch(p -> p.getText().contains("no such record anywhere"));
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void a_product_owner_finds_what_their_lists_show_and_nothing_a_refusing_module_keeps() {
        // Each source reads through its module's list query under the caller: the platforms found are exactly
        // those the platform list shows them for the same text
        List<String> listed = platforms
                .page(
                        new PlatformFilter("Exstream", null, null, null, false),
                        PageRequest.of(0, GlobalSearch.PER_SOURCE))
                .stream()
                .map(p -> p.name())
                .toList();
        GlobalSearch search = new GlobalSearch(List.of(
                (text, limit) -> sources.stream()
                        .flatMap(s -> s.search(text, limit).stream())
                        .filter(h -> h.kindKey().equals("search.kind.platform"))
                        .toList(),
                (text, limit) -> {
                    throw new AccessDeniedException("this module's read rule keeps its records from the caller");
                }));

        search.search("Exstream");

        assertThat(search.hits()).extracting(SearchHit::title).containsExactlyElementsOf(listed);
    }

    @Test
    void an_anonymous_caller_finds_nothing_because_every_module_refuses() {
        assertThat(sources).hasSizeGreaterThanOrEqualTo(5);
        assertThat(sources.stream()
                        .map(s -> {
                            try {
                                return s.search("OpenText", 5).size();
                            } catch (org.springframework.security.core.AuthenticationException
                                    | AccessDeniedException refused) {
                                return 0;
                            }
                        })
                        .collect(Collectors.summingInt(Integer::intValue)))
                .isZero();
    }
}
