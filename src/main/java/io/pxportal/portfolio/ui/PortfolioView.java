package io.pxportal.portfolio.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.pxportal.identity.UserRef;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.card.PlatformCardFact;
import io.pxportal.shared.card.PlatformCardSource;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.ShellPreferences;
import io.pxportal.shared.ui.StaticMarkup;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The portfolio at a glance: a card per platform (a product owner sees their own first) and the platforms by
 * lifecycle and deployment. Later modules add licence position, deadlines, SLA and scores to the cards.
 */
@Route("")
@RouteAlias("portfolio")
@Menu(title = "menu.portfolio", order = 0, icon = "vaadin:grid-big")
@InMenuSection(MenuSection.PORTFOLIO)
@PermitAll
public class PortfolioView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_CARDS = 24;

    private final transient List<PlatformCardSource> cardSources;

    public PortfolioView(
            PlatformService platforms,
            ShellPreferences preferences,
            List<PlatformCardSource> cardSources,
            StartPathPanel startPath) {
        this.cardSources = cardSources;
        setId("portfolio-view");
        H2 title = new H2(getTranslation("menu.portfolio"));
        title.addClassName("px-page-title");
        add(title, startPath);

        boolean mine = CurrentUser.hasRole(Role.PRODUCT_OWNER);
        PlatformFilter filter = new PlatformFilter(null, null, null, null, mine);
        long total = platforms.count(filter);
        List<PlatformDetails> cards = platforms.page(filter, PageRequest.of(0, MAX_CARDS, Sort.by("name")));
        if (mine) {
            add(new Paragraph(getTranslation("portfolio.mine", total)));
        }
        Div deck = new Div();
        deck.setId("platform-cards");
        deck.addClassName("px-card-deck");
        Map<Long, List<PlatformCardFact>> facts =
                facts(cards.stream().map(PlatformDetails::id).toList());
        // Text and links only: as markup they cost an open session one string instead of ~20 state nodes a card
        StaticMarkup.show(
                deck,
                cards.stream()
                        .map(p -> card(p, facts.getOrDefault(p.id(), List.of())))
                        .toList());
        if (cards.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(mine ? "empty.cards.mine" : "empty.cards"));
            none.addClassName("px-muted");
            deck.add(none);
        }
        add(deck);
        if (total > cards.size()) {
            add(new Anchor("platforms", getTranslation("portfolio.more", cards.size(), total)));
        }
        add(new PortfolioChart(platforms.summary(), preferences.isDark()));
    }

    /** What the other modules add to the cards (scores, deadlines, licences, ...), merged in their order. */
    private Map<Long, List<PlatformCardFact>> facts(List<Long> ids) {
        Map<Long, List<PlatformCardFact>> merged = new HashMap<>();
        for (PlatformCardSource source : cardSources) {
            source.facts(ids)
                    .forEach((id, list) ->
                            merged.computeIfAbsent(id, k -> new ArrayList<>()).addAll(list));
        }
        merged.values().forEach(list -> list.sort(Comparator.comparingInt(PlatformCardFact::order)));
        return merged;
    }

    private Div card(PlatformDetails platform, List<PlatformCardFact> facts) {
        Div card = new Div();
        card.addClassName("px-card");
        card.add(new H3(platform.name()));
        card.add(new Paragraph(platform.vendor().name() + " · " + platform.product()
                + (platform.productVersion() == null ? "" : " " + platform.productVersion())));
        Span lifecycle =
                new Span(getTranslation("lifecycle." + platform.lifecycle().name()));
        lifecycle.getElement().getThemeList().add("badge");
        lifecycle.addClassName("px-lifecycle-" + platform.lifecycle().name().toLowerCase());
        Span deployment =
                new Span(getTranslation("deployment." + platform.deployment().name()));
        deployment.getElement().getThemeList().add("badge contrast");
        Div badges = new Div(lifecycle, deployment);
        badges.addClassName("px-badges");
        card.add(badges);
        String owners = platform.owners().stream().map(UserRef::displayName).collect(Collectors.joining(", "));
        card.add(new Paragraph(getTranslation("platform.owners") + ": "
                + (owners.isEmpty() ? getTranslation("portfolio.no-owner") : owners)));
        for (PlatformCardFact fact : facts) {
            card.add(fact(fact));
        }
        return card;
    }

    private Div fact(PlatformCardFact fact) {
        Object[] arguments = fact.arguments().stream()
                .map(a -> a instanceof LocalDate d
                        ? Formats.date(d, getLocale())
                        : a instanceof Number n ? Formats.number(n, getLocale()) : a)
                .toArray();
        Anchor value = new Anchor(
                fact.route()
                        + (fact.query().isEmpty()
                                ? ""
                                : "?" + QueryParameters.simple(fact.query()).getQueryString()),
                getTranslation(fact.valueKey(), arguments));
        value.getStyle()
                .set(
                        "color",
                        switch (fact.tone()) {
                            case BAD -> "var(--lumo-error-text-color)";
                            case WARNING -> "var(--lumo-warning-text-color, var(--lumo-body-text-color))";
                            case GOOD -> "var(--lumo-success-text-color)";
                            case NEUTRAL -> "var(--lumo-body-text-color)";
                        });
        Div line = new Div(new Span(getTranslation(fact.labelKey()) + ": "), value);
        line.addClassName("px-card-fact");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.portfolio");
    }
}
