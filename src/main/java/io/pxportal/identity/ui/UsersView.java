package io.pxportal.identity.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.identity.SignInOptions;
import io.pxportal.identity.TwoStepService;
import io.pxportal.identity.UserAdminService;
import io.pxportal.identity.UserRow;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.security.Roles;
import io.pxportal.shared.ui.EditorDialog;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.shared.ui.PortalGrids;
import io.pxportal.shared.ui.ShellPreferences;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** Admin: users and their roles; auditors may look. */
@Route("admin/users")
@Menu(title = "menu.users", order = 90, icon = "vaadin:users")
@InMenuSection(MenuSection.ADMINISTRATION)
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserAdminService users;
    private final transient TwoStepService twoStep;
    private final Grid<UserRow> grid = new Grid<>();
    private final ListToolbar toolbar;

    public UsersView(UserAdminService users, ExportService exports, TwoStepService twoStep, SignInOptions signIn) {
        this.users = users;
        this.twoStep = twoStep;
        setSizeFull();
        toolbar = new ListToolbar(getTranslation("menu.users"), "users");
        toolbar.onSearch(text -> grid.getDataProvider().refreshAll());
        if (CurrentUser.hasRole(Role.ADMIN)) {
            toolbar.enableCreate(() -> open(null));
        }
        grid.setId("users-grid");
        ListColumns<UserRow> columns = new ListColumns<>(grid);
        columns.add("user.username", UserRow::username)
                .setSortProperty("username")
                .setAutoWidth(true);
        columns.add("user.display-name", UserRow::displayName)
                .setSortProperty("displayName")
                .setAutoWidth(true);
        columns.add("user.email", UserRow::email).setSortProperty("email").setAutoWidth(true);
        columns.add(
                        "user.roles",
                        u -> u.roles().stream()
                                .map(r -> getTranslation("role." + r.name()))
                                .sorted()
                                .collect(Collectors.joining(", ")))
                .setAutoWidth(true);
        columns.add("user.enabled", u -> getTranslation(u.enabled() ? "common.yes" : "common.no"))
                .setSortProperty("enabled")
                .setAutoWidth(true);
        columns.add("user.locked-until", u -> Formats.dateTime(u.lockedUntil(), ShellPreferences.zone(), getLocale()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        columns.add(
                        "user.sign-in",
                        u -> u.hasLocalPassword()
                                ? getTranslation("user.sign-in.password")
                                : signIn.provider(u.signInProvider())
                                        .map(SignInOptions.Provider::label)
                                        .orElse(u.signInProvider()))
                .setAutoWidth(true);
        columns.add("user.last-sign-in", u -> Formats.dateTime(u.lastSignInAt(), ShellPreferences.zone(), getLocale()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        toolbar.addActions(PortalGrids.fitWithChooser(grid));
        toolbar.addActions(new ExportMenu<>("users", exports, columns, p -> users.page(toolbar.searchText(), p)));
        grid.sort(GridSortOrder.asc(grid.getColumns().getFirst()).build());
        grid.addItemClickListener(e -> open(e.getItem()));
        LazyGrids.bind(grid, p -> users.page(toolbar.searchText(), p), () -> users.count(toolbar.searchText()));
        toolbar.emptyState(grid, getTranslation("empty.users"), getTranslation("list.empty.create"));
        add(toolbar, adminsTwoStep(twoStep), grid);
        setFlexGrow(1, grid);
    }

    /** The portal's rule that ADMIN accounts must use two-step sign-in; auditors see it, admins change it. */
    private Checkbox adminsTwoStep(TwoStepService twoStep) {
        Checkbox required = new Checkbox(getTranslation("two-step.policy.admins"), twoStep.adminsMustUseTwoStep());
        required.setId("admins-need-two-step");
        required.setHelperText(getTranslation("two-step.policy.admins.help"));
        required.setReadOnly(!CurrentUser.hasRole(Role.ADMIN));
        required.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                twoStep.requireForAdmins(e.getValue());
                Notifications.success(getTranslation(e.getValue() ? "two-step.policy.on" : "two-step.policy.off"));
            }
        });
        return required;
    }

    private void open(UserRow user) {
        UserForm form = new UserForm(user == null);
        boolean admin = CurrentUser.hasRole(Role.ADMIN);
        EditorDialog dialog = new EditorDialog(user == null ? getTranslation("user.new") : user.displayName(), form);
        if (user != null) {
            form.edit(user);
            dialog.addTab(getTranslation("user.security"), new UserSecurityPanel(users, twoStep, user, admin, () -> {
                dialog.close();
                grid.getDataProvider().refreshAll();
            }));
            dialog.addHistory(() -> users.history(user.id()));
        }
        form.setReadOnly(!admin);
        dialog.setEditable(admin);
        dialog.onSave(() -> form.validDraft().ifPresent(draft -> {
            if (user == null) {
                users.create(draft);
            } else {
                users.update(user.id(), draft);
            }
            Notifications.success(getTranslation("editor.saved", draft.username()));
            dialog.close();
            grid.getDataProvider().refreshAll();
        }));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.users");
    }
}
