package io.pxportal.portfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import io.pxportal.PortalViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The landing page's cards and the shell's menu are markup, not components (lighter sessions), and still show
 * the same: a card per platform with its name, badges and facts, a menu entry per view with its path.
 */
@WithMockUser(username = "admin", roles = "ADMIN")
class PortfolioMarkupTest extends PortalViewTest {

    @Test
    void the_cards_are_one_string_of_markup_with_a_card_per_platform() {
        navigate(PortfolioView.class);
        Div deck = find(Div.class).id("platform-cards");
        String markup = deck.getElement().getProperty("innerHTML");

        assertThat(deck.getChildren()).isEmpty();
        assertThat(markup.split("<div class=\"px-card\">", -1)).hasSizeBetween(2, PortfolioView.MAX_CARDS + 1);
        assertThat(markup).contains("<h3>Exstream Statements</h3>", "theme=\"badge\"", "class=\"px-card-fact\"");
    }

    @Test
    void the_menu_is_markup_with_an_entry_per_view() {
        navigate(PortfolioView.class);
        Div menu = find(Div.class).id("main-menu");

        assertThat(menu.getChildren()).isEmpty();
        assertThat(menu.getElement().getProperty("innerHTML"))
                .contains("<span class=\"px-menu-label\">Portfolio</span><vaadin-icon icon=\"vaadin:grid-big\" "
                        + "slot=\"prefix\"></vaadin-icon>")
                .contains("<vaadin-side-nav-item path=\"platforms\"><span class=\"px-menu-label\">Platforms");
    }
}
