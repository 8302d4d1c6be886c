package io.pxportal.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.support.BusinessCalendarService;
import io.pxportal.support.BusinessCalendarView;
import io.pxportal.support.PolicyContract;
import io.pxportal.support.Severity;
import io.pxportal.support.SlaPolicyDraft;
import io.pxportal.support.SlaPolicyService;
import io.pxportal.support.SlaPolicyView;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * The SLA policies: a new one, a copy of the selected one for another contract, the editor (targets, calendar,
 * pausing statuses, credit rules, contract), and retiring the selected one after a confirmation.
 */
class PoliciesPanel extends VerticalLayout {

    private final transient SlaPolicyService policies;
    private final transient BusinessCalendarService calendars;
    private final Grid<SlaPolicyView> grid = new Grid<>();

    PoliciesPanel(SlaPolicyService policies, BusinessCalendarService calendars, ExportService exports) {
        this.policies = policies;
        this.calendars = calendars;
        setPadding(false);
        grid.setId("policies-grid");
        ListColumns<SlaPolicyView> columns = columns();
        EmptyState.on(
                grid,
                getTranslation("empty.policies") + " "
                        + getTranslation("list.empty.import", getTranslation("support.policies")));
        LazyGrids.bind(grid, policies::page, policies::count);
        grid.addItemClickListener(e -> edit(policies.get(e.getItem().id())));

        Button create = new Button(getTranslation("list.new"), VaadinIcon.PLUS.create(), e -> create());
        create.setId("policies-new");
        Button copy = new Button(getTranslation("support.policy.copy"), VaadinIcon.COPY.create(), e -> copy());
        copy.setId("policies-copy");
        Button retire = new Button(getTranslation("support.policy.retire"), VaadinIcon.ARCHIVE.create(), e -> retire());
        retire.setId("policies-retire");
        copy.setEnabled(false);
        retire.setEnabled(false);
        grid.addSelectionListener(e -> {
            copy.setEnabled(e.getFirstSelectedItem().isPresent());
            retire.setEnabled(
                    e.getFirstSelectedItem().map(SlaPolicyView::editable).orElse(false));
        });
        // a policy follows its contract: only those who may change contracts create or copy one
        boolean mayCreate = CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER);
        create.setVisible(mayCreate);
        copy.setVisible(mayCreate);
        HorizontalLayout actions = new HorizontalLayout(
                create, copy, retire, new ExportMenu<>("sla-policies", exports, columns, policies::page));
        actions.setAlignItems(Alignment.CENTER);
        add(actions, grid);
    }

    /** Policy, contract, vendor, calendar and zone, the targets per severity (* round the clock), credits, retirement. */
    private ListColumns<SlaPolicyView> columns() {
        ListColumns<SlaPolicyView> columns = new ListColumns<>(grid);
        columns.add("support.policy", p -> p.draft().name()).setAutoWidth(true);
        columns.add("support.credit.contract", SlaPolicyView::contractNumber).setAutoWidth(true);
        columns.add(
                        "support.scorecard.vendor",
                        p -> p.vendor() == null ? "" : p.vendor().name())
                .setAutoWidth(true);
        columns.add("support.calendar", SlaPolicyView::calendarName).setAutoWidth(true);
        columns.add("support.policy.zone", p -> p.zone().getId()).setAutoWidth(true);
        columns.add(
                        "support.policy.targets",
                        p -> java.util.Arrays.stream(Severity.values())
                                .map(s -> s + " " + p.draft().targets().get(s).responseMinutes()
                                        + (p.draft().targets().get(s).responseRoundTheClock() ? "*" : "") + "/"
                                        + p.draft().targets().get(s).resolutionMinutes()
                                        + (p.draft().targets().get(s).resolutionRoundTheClock() ? "*" : ""))
                                .collect(Collectors.joining(" · ")))
                .setFlexGrow(1);
        columns.add(
                        "support.policy.uptime-target",
                        p -> p.draft().uptimeTarget() == null
                                ? "–"
                                : Formats.percentSign(
                                        Formats.number(p.draft().uptimeTarget(), getLocale()), getLocale()))
                .setAutoWidth(true);
        columns.add("support.policy.tiers", p -> p.draft().creditTiers()).setAutoWidth(true);
        columns.add(
                        "support.policy.retired-on",
                        p -> p.retiredOn() == null ? "" : p.retiredOn().toString())
                .setAutoWidth(true);
        return columns;
    }

    private void create() {
        List<BusinessCalendarView> choices = calendarChoices();
        SlaPolicyDraft start = SlaPolicyDraft.defaults(
                null, "", choices.isEmpty() ? null : choices.getFirst().id(), "EUR", null);
        open(getTranslation("support.policy.new"), start, choices, null);
    }

    private void copy() {
        grid.getSelectedItems().stream()
                .findFirst()
                .ifPresent(p -> open(
                        getTranslation("support.policy.new"),
                        p.draft()
                                .copyFor(
                                        null,
                                        getTranslation(
                                                "support.policy.copy-of",
                                                p.draft().name())),
                        calendarChoices(),
                        null));
    }

    private void edit(SlaPolicyView policy) {
        open(policy.draft().name() + " · " + policy.contractNumber(), policy.draft(), calendarChoices(), policy);
    }

    private void open(String title, SlaPolicyDraft start, List<BusinessCalendarView> choices, SlaPolicyView policy) {
        List<PolicyContract> contracts = new java.util.ArrayList<>(policies.contracts());
        if (policy == null && contracts.isEmpty()) {
            // a policy belongs to a contract: on an empty portal (or for an owner of none) say what comes first
            Notifications.error(getTranslation("support.policy.no-contract"));
            return;
        }
        if (policy != null
                && contracts.stream()
                        .noneMatch(c -> c.id().equals(policy.draft().contractId()))) {
            contracts.add(new PolicyContract(
                    policy.draft().contractId(),
                    policy.contractNumber(),
                    "",
                    policy.draft().currency(),
                    true));
        }
        PolicyForm form = new PolicyForm(start, contracts, choices);
        RetimingEditor.open(
                title,
                form,
                "policy-retime-from",
                policy == null ? null : policy.id(),
                policy == null || policy.editable(),
                policies::history,
                (draft, retimeFrom) -> {
                    if (policy == null) {
                        policies.create(draft);
                    } else {
                        policies.update(policy.id(), draft, retimeFrom);
                    }
                    Notifications.success(getTranslation("editor.saved", draft.name()));
                    grid.getDataProvider().refreshAll();
                });
    }

    private void retire() {
        grid.getSelectedItems().stream().findFirst().ifPresent(p -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation("support.policy.retire"),
                    getTranslation("support.policy.retire.question", p.draft().name()),
                    getTranslation("support.policy.retire"),
                    ok -> {
                        try {
                            policies.retire(p.id(), p.draft().version());
                            Notifications.success(getTranslation(
                                    "support.policy.retired-done", p.draft().name()));
                            grid.getDataProvider().refreshAll();
                        } catch (DomainException ex) {
                            Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
                        }
                    },
                    getTranslation("editor.cancel"),
                    no -> {});
            confirm.setId("policy-retire-confirm");
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
    }

    private List<BusinessCalendarView> calendarChoices() {
        return calendars.page(PageRequest.of(0, 500));
    }
}
