package io.pxportal.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.pxportal.identity.ApiTokenRow;
import io.pxportal.identity.ApiTokenService;
import io.pxportal.identity.ApiTokenStatus;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.shared.ui.PortalGrids;
import io.pxportal.shared.ui.ShellPreferences;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;

/**
 * The logged-in user's personal API tokens: create one (its secret is shown once), see when each was last used,
 * revoke. Admins and auditors can switch to everyone's tokens; an admin can revoke any of them.
 */
@Route("account/api-tokens")
@Menu(title = "menu.api-tokens", order = 95, icon = "vaadin:key")
@InMenuSection(MenuSection.ADMINISTRATION)
@PermitAll
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final transient ApiTokenService tokens;
    private final Grid<ApiTokenRow> grid = new Grid<>();
    private final ListToolbar toolbar;
    private final Checkbox everyone = new Checkbox();
    private final Grid.Column<ApiTokenRow> ownerColumn;

    public ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        setSizeFull();
        toolbar = new ListToolbar(getTranslation("menu.api-tokens"), "tokens");
        toolbar.onSearch(text -> grid.getDataProvider().refreshAll());
        toolbar.enableCreate(() -> new NewTokenDialog(tokens, grid.getDataProvider()::refreshAll).open());
        everyone.setLabel(getTranslation("token.everyone"));
        everyone.setId("tokens-everyone");
        everyone.setVisible(CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.AUDITOR));
        everyone.addValueChangeListener(e -> showEveryone(e.getValue()));
        toolbar.addFilters(everyone);

        grid.setId("tokens-grid");
        PortalGrids.text(grid, ApiTokenRow::name)
                .setHeader(getTranslation("token.name"))
                .setSortProperty("name")
                .setAutoWidth(true);
        ownerColumn = PortalGrids.text(grid, ApiTokenRow::owner)
                .setHeader(getTranslation("token.owner"))
                .setSortProperty("owner.username")
                .setAutoWidth(true);
        ownerColumn.setVisible(false);
        PortalGrids.text(grid, t -> t.prefix() + "…")
                .setHeader(getTranslation("token.prefix"))
                .setAutoWidth(true);
        PortalGrids.text(grid, t -> getTranslation("token-scope." + t.scope().name()))
                .setHeader(getTranslation("token.scope"))
                .setSortProperty("scope")
                .setAutoWidth(true);
        PortalGrids.text(grid, t -> getTranslation("token.status." + t.status().name()))
                .setHeader(getTranslation("token.status"))
                .setAutoWidth(true);
        Grid.Column<ApiTokenRow> created = timeColumns();
        grid.addComponentColumn(this::revokeButton)
                .setKey("revoke")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.sort(GridSortOrder.desc(created).build());
        LazyGrids.bind(
                grid,
                p -> everyone.getValue() ? tokens.all(toolbar.searchText(), p) : tokens.mine(toolbar.searchText(), p),
                () -> everyone.getValue()
                        ? tokens.countAll(toolbar.searchText())
                        : tokens.countMine(toolbar.searchText()));

        toolbar.emptyState(grid, getTranslation("empty.tokens"), getTranslation("list.empty.create"));
        add(toolbar, new Paragraph(getTranslation("token.intro")), grid);
        setFlexGrow(1, grid);
    }

    /** When each token was created, last used, expires and was revoked; returns the creation column. */
    private Grid.Column<ApiTokenRow> timeColumns() {
        Grid.Column<ApiTokenRow> created = PortalGrids.text(grid, t -> time(t.createdAt()))
                .setHeader(getTranslation("token.created-at"))
                .setSortProperty("createdAt")
                .setAutoWidth(true);
        PortalGrids.text(grid, t -> time(t.lastUsedAt()))
                .setHeader(getTranslation("token.last-used-at"))
                .setSortProperty("lastUsedAt")
                .setAutoWidth(true);
        PortalGrids.text(grid, t -> time(t.expiresAt()))
                .setHeader(getTranslation("token.expires-at"))
                .setSortProperty("expiresAt")
                .setAutoWidth(true);
        PortalGrids.text(grid, t -> time(t.revokedAt()))
                .setHeader(getTranslation("token.revoked-at"))
                .setSortProperty("revokedAt")
                .setAutoWidth(true);
        return created;
    }

    private void showEveryone(boolean all) {
        ownerColumn.setVisible(all);
        grid.getDataProvider().refreshAll();
    }

    /** Revoke for an active token the user may revoke: their own, or anyone's for an admin. */
    private Component revokeButton(ApiTokenRow token) {
        boolean mine = CurrentUser.username().map(token.owner()::equals).orElse(false);
        if (token.status() != ApiTokenStatus.ACTIVE || !(mine || CurrentUser.hasRole(Role.ADMIN))) {
            return new Span();
        }
        Button revoke = new Button(getTranslation("token.revoke"), e -> confirmRevoke(token, mine));
        revoke.setId("token-revoke-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
        return revoke;
    }

    private void confirmRevoke(ApiTokenRow token, boolean mine) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("token.revoke.title"),
                getTranslation("token.revoke.question", token.name()),
                getTranslation("token.revoke"),
                ok -> {
                    if (mine) {
                        tokens.revokeMine(token.id());
                    } else {
                        tokens.revoke(token.id());
                    }
                    Notifications.success(getTranslation("token.revoked", token.name()));
                    grid.getDataProvider().refreshAll();
                },
                getTranslation("editor.cancel"),
                cancel -> {});
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private String time(Instant instant) {
        return Formats.dateTime(instant, ShellPreferences.zone(), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.api-tokens");
    }
}
