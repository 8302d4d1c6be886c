package io.pxportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaticMarkupTest {

    @Test
    void text_and_links_become_the_markup_the_components_render_with_what_users_typed_escaped() {
        Div card = new Div(new H3("Exstream <script>alert(1)</script> & \"Co\""));
        card.addClassName("px-card");
        Span badge = new Span("Sustain");
        badge.getElement().getThemeList().add("badge");
        Anchor link = new Anchor("licences?platform=3&q=\"x\"", "Лицензии: 5");
        link.getStyle().set("color", "var(--lumo-error-text-color)");
        card.add(badge, link);
        Div deck = new Div(new Span("replaced"));

        StaticMarkup.show(deck, List.of(card));

        assertThat(deck.getChildren()).isEmpty();
        assertThat(deck.getElement().getProperty("innerHTML"))
                .isEqualTo("<div class=\"px-card\">"
                        + "<h3>Exstream &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"Co\"</h3>"
                        + "<span theme=\"badge\">Sustain</span>"
                        + "<a href=\"licences?platform=3&amp;q=&quot;x&quot;\" style=\"color:var(--lumo-error-text-color)\">"
                        + "Лицензии: 5</a></div>");
    }

    @Test
    void menu_entries_keep_their_path_label_and_icon() {
        SideNavItem platforms = new SideNavItem("Platforms", "/platforms");
        platforms.setPrefixComponent(new Icon("vaadin:server"));
        SideNav nav = new SideNav();

        StaticMarkup.show(nav, List.of(new SideNavItem("Portfolio", ""), platforms));

        assertThat(nav.getElement().getProperty("innerHTML"))
                .isEqualTo("<vaadin-side-nav-item path>Portfolio</vaadin-side-nav-item>"
                        + "<vaadin-side-nav-item path=\"platforms\">Platforms"
                        + "<vaadin-icon icon=\"vaadin:server\" slot=\"prefix\"></vaadin-icon></vaadin-side-nav-item>");
    }
}
