package io.pxportal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.pxportal.shared.search.SearchSource;
import io.pxportal.shared.security.ShellUser;
import io.pxportal.shared.start.StartPath;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The shell around every view: the menu built from {@code @Menu} entries in their sections (Vaadin leaves out those
 * the user may not open), the global search (Ctrl+K), who is logged in, language, light/dark and logout. It knows no
 * feature module.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authenticationContext;
    private final transient ShellUser shellUser;
    private final transient ShellPreferences preferences;

    private final transient java.util.List<ShellBadge> badges;
    private final HorizontalLayout badgeBar = new HorizontalLayout();
    private final transient List<SearchSource> searchSources;
    private GlobalSearch search;

    public MainLayout(
            AuthenticationContext authenticationContext,
            ShellUser shellUser,
            ShellPreferences preferences,
            java.util.List<ShellBadge> badges,
            java.util.List<SearchSource> searchSources) {
        this.authenticationContext = authenticationContext;
        this.shellUser = shellUser;
        this.preferences = preferences;
        this.badges = badges;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(menu()));
        this.searchSources = searchSources;
        addToNavbar(new DrawerToggle(), searchButton(), userBar());
        Shortcuts.addShortcutListener(this, this::openSearch, Key.KEY_K, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, this::openSearch, Key.KEY_K, KeyModifier.META);
    }

    private Button searchButton() {
        Button button = new Button(getTranslation("search.open"), new Icon(VaadinIcon.SEARCH));
        button.setId("global-search");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText(getTranslation("search.open.shortcut"));
        button.getElement().setAttribute("aria-keyshortcuts", "Control+K");
        button.addClickListener(e -> openSearch());
        return button;
    }

    /** The dialog is made on first use: a session that never searches keeps none of it. */
    private void openSearch() {
        if (search == null) {
            search = new GlobalSearch(searchSources);
        }
        search.open();
    }

    private Span brand() {
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("px-brand");
        return brand;
    }

    /**
     * The menu: one collapsible {@code vaadin-side-nav} per section, holding the entries the user may open (Vaadin
     * leaves out the others), in {@code @Menu} order; a section with no such entry is not shown. Labels wrap
     * instead of being cut off (styles).
     */
    private Div menu() {
        Div menu = new Div();
        menu.setId("main-menu");
        menu.addClassName("px-menu");
        Map<MenuSection, List<MenuEntry>> sections = new EnumMap<>(MenuSection.class);
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            sections.computeIfAbsent(sectionOf(entry), s -> new ArrayList<>()).add(entry);
        }
        List<SideNav> navs = new ArrayList<>();
        sections.forEach((section, entries) -> {
            SideNav nav = new SideNav(getTranslation(section.labelKey()));
            nav.setId("menu-section-" + section.name().toLowerCase(Locale.ROOT));
            // An attribute, not the property Flow would set: the markup below carries attributes only
            nav.getElement().setAttribute("collapsible", "");
            for (MenuEntry entry : entries) {
                SideNavItem item = new SideNavItem(null, entry.path());
                // The label in an element of its own: the item's shadow slot cuts plain text off with an ellipsis,
                // a slotted element can wrap (styles)
                Span label = new Span(getTranslation(entry.title()));
                label.addClassName("px-menu-label");
                item.getElement().appendChild(label.getElement());
                if (entry.icon() != null) {
                    item.setPrefixComponent(new Icon(entry.icon()));
                }
                nav.addItem(item);
            }
            navs.add(nav);
        });
        // The sections only fold and link (the side nav marks the current entry in the browser): markup is enough,
        // and three dozen entries with their icons would otherwise be ~100 state nodes in every open UI
        StaticMarkup.show(menu, navs);
        return menu;
    }

    /** The section a view names; a view that names none is listed under administration (a test forbids that). */
    static MenuSection sectionOf(MenuEntry entry) {
        InMenuSection section =
                entry.menuClass() == null ? null : entry.menuClass().getAnnotation(InMenuSection.class);
        return section == null ? MenuSection.ADMINISTRATION : section.value();
    }

    /** Counts change as the user works (an alert acknowledged): recount on every navigation. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        badgeBar.removeAll();
        badges.forEach(badge -> badgeBar.add(badge(badge)));
    }

    private Button badge(ShellBadge badge) {
        long count = badge.count();
        Button button = new Button(new Icon(VaadinIcon.BELL_O));
        if (count > 0) {
            button.setText(String.valueOf(count));
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        }
        button.setId("badge-" + badge.route().replace('/', '-'));
        button.setAriaLabel(getTranslation(badge.labelKey()) + ": " + count);
        button.setTooltipText(getTranslation(badge.labelKey()));
        button.addClickListener(e -> UI.getCurrent().navigate(badge.route()));
        return button;
    }

    /**
     * The user's name, as a menu for those the getting-started path is for: its entry shows the path again on the
     * home page (it may have been hidden, or be done and no longer shown by itself).
     */
    private Component userMenu(Span user) {
        if (!StartPath.offeredToCurrentUser()) {
            return user;
        }
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_DROPDOWN_INDICATORS);
        MenuItem name = menu.addItem(user);
        MenuItem start = name.getSubMenu().addItem(getTranslation("shell.start-path"), e -> {
            shellUser.saveDismissedStartPath(false);
            UI.getCurrent().navigate("", QueryParameters.of(StartPath.SHOW_PARAMETER, "true"));
        });
        start.setId("user-menu-start");
        return menu;
    }

    private HorizontalLayout userBar() {
        Span user = new Span(shellUser.displayName() + " · "
                + shellUser.roles().stream()
                        .map(r -> getTranslation("role." + r.name()))
                        .sorted()
                        .collect(Collectors.joining(", ")));
        user.setId("current-user");
        user.addClassName("px-current-user");

        Button theme = new Button(new Icon(preferences.isDark() ? VaadinIcon.SUN_O : VaadinIcon.MOON_O));
        theme.setId("theme-toggle");
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        theme.setAriaLabel(getTranslation("shell.theme"));
        theme.setTooltipText(getTranslation("shell.theme"));
        theme.addClickListener(e -> preferences.changeTheme(UI.getCurrent(), !preferences.isDark()));

        Button password = new Button(getTranslation("shell.change-password"), new Icon(VaadinIcon.KEY_O));
        password.setId("change-password");
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.addClickListener(e -> UI.getCurrent().navigate(shellUser.passwordRoute()));

        Button twoStep = new Button(getTranslation("shell.two-step"), new Icon(VaadinIcon.MOBILE));
        twoStep.setId("two-step");
        twoStep.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        twoStep.addClickListener(e -> UI.getCurrent().navigate(shellUser.twoStepRoute()));

        Button logout = new Button(getTranslation("shell.logout"), new Icon(VaadinIcon.SIGN_OUT));
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(e -> authenticationContext.logout());

        HorizontalLayout bar = new HorizontalLayout(userMenu(user), badgeBar, new LanguageSelect(preferences), theme);
        if (shellUser.hasLocalPassword()) {
            bar.add(password, twoStep);
        }
        bar.add(logout);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassName("px-user-bar");
        bar.setWidthFull();
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        return bar;
    }
}
