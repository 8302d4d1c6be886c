package io.pxportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import io.pxportal.PortalViewTest;
import io.pxportal.portfolio.ui.PortfolioView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The side menu is collapsible sections, each holding only the entries the user may open, and a role sees only the
 * sections that hold one; the menu stays markup (no state nodes per session).
 */
class MenuSectionsTest extends PortalViewTest {

    /** Section id → the paths of its entries, in order, as the browser gets them. */
    private Map<String, List<String>> menu() {
        navigate(PortfolioView.class);
        Div menu = find(Div.class).id("main-menu");
        assertThat(menu.getChildren()).as("the menu is markup, not components").isEmpty();
        Document markup = Jsoup.parseBodyFragment(menu.getElement().getProperty("innerHTML"));
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (Element nav : markup.select("vaadin-side-nav")) {
            assertThat(nav.hasAttr("collapsible"))
                    .as("%s collapsible", nav.id())
                    .isTrue();
            assertThat(nav.select("> [slot=label]").text())
                    .as("%s has a heading", nav.id())
                    .isNotBlank();
            sections.put(nav.id(), nav.select("vaadin-side-nav-item").eachAttr("path"));
        }
        return sections;
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void a_steering_member_sees_the_business_sections_and_of_administration_only_their_own_tokens() {
        Map<String, List<String>> sections = menu();

        assertThat(sections.keySet())
                .containsExactly(
                        "menu-section-portfolio",
                        "menu-section-contracts",
                        "menu-section-finance",
                        "menu-section-support",
                        "menu-section-roadmap",
                        "menu-section-experience",
                        "menu-section-steering",
                        "menu-section-administration");
        assertThat(sections.get("menu-section-steering"))
                .containsExactly("alerts", "my-actions", "reviews", "decisions");
        assertThat(sections.get("menu-section-contracts"))
                .containsExactly("contracts", "contracts/calendar", "licences");
        assertThat(sections.get("menu-section-administration")).containsExactly("account/api-tokens");
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void a_product_owner_sees_import_but_not_the_users_or_the_audit_trail() {
        assertThat(menu().get("menu-section-administration")).containsExactly("import", "account/api-tokens");
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void an_auditor_sees_users_and_the_audit_trail_but_not_the_import() {
        assertThat(menu().get("menu-section-administration"))
                .containsExactly("admin/users", "audit", "account/api-tokens");
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void the_portfolio_section_comes_first_with_its_entries_in_menu_order() {
        assertThat(menu().get("menu-section-portfolio")).containsExactly("", "platforms", "vendors");
    }

    @Test
    void every_view_with_a_menu_entry_names_its_section() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        List<String> unsectioned = scanner.findCandidateComponents("io.pxportal").stream()
                .map(bean -> bean.getBeanClassName())
                .filter(name -> {
                    try {
                        return !Class.forName(name).isAnnotationPresent(InMenuSection.class);
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertThat(unsectioned).as("views with @Menu but no @InMenuSection").isEmpty();
    }
}
