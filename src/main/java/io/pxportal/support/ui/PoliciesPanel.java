package io.pxportal.support.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.shared.ui.EditorDialog;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.support.Severity;
import io.pxportal.support.SlaPolicyService;
import io.pxportal.support.SlaPolicyView;
import java.util.stream.Collectors;

/** The SLA policies, one per contract; the editor changes targets, calendar and credit rules. */
class PoliciesPanel extends VerticalLayout {

    PoliciesPanel(SlaPolicyService policies, ExportService exports) {
        setPadding(false);
        Grid<SlaPolicyView> grid = new Grid<>();
        grid.setId("policies-grid");
        ListColumns<SlaPolicyView> columns = new ListColumns<>(grid);
        columns.add("support.policy", p -> p.draft().name()).setAutoWidth(true);
        columns.add("support.credit.contract", SlaPolicyView::contractNumber).setAutoWidth(true);
        columns.add("support.scorecard.vendor", p -> p.vendor() == null ? "" : p.vendor().name()).setAutoWidth(true);
        columns.add("support.policy.zone", p -> p.draft().timeZone()).setAutoWidth(true);
        columns.add("support.policy.hours", p -> p.draft().roundTheClock() ? "24×7"
                : p.draft().workStart() + "–" + p.draft().workEnd()).setAutoWidth(true);
        columns.add("support.policy.targets", p -> java.util.Arrays.stream(Severity.values())
                .map(s -> s + " " + p.draft().targets().get(s).responseMinutes() + "/"
                        + p.draft().targets().get(s).resolutionMinutes())
                .collect(Collectors.joining(" · "))).setFlexGrow(1);
        columns.add("support.policy.uptime-target", p -> p.draft().uptimeTarget() == null ? "–"
                : p.draft().uptimeTarget().toPlainString() + " %").setAutoWidth(true);
        columns.add("support.policy.tiers", p -> p.draft().creditTiers()).setAutoWidth(true);
        LazyGrids.bind(grid, policies::page, policies::count);
        grid.addItemClickListener(e -> open(policies, policies.get(e.getItem().id()), grid));
        add(new ExportMenu<>("sla-policies", exports, columns, policies::page), grid);
    }

    private void open(SlaPolicyService policies, SlaPolicyView policy, Grid<SlaPolicyView> grid) {
        PolicyForm form = new PolicyForm(policy);
        form.setReadOnly(!policy.editable());
        EditorDialog dialog = new EditorDialog(policy.draft().name() + " · " + policy.contractNumber(), form);
        dialog.addHistory(() -> policies.history(policy.id()));
        dialog.setEditable(policy.editable());
        dialog.onSave(() -> form.validDraft().ifPresent(draft -> {
            policies.update(policy.id(), draft);
            Notifications.success(getTranslation("editor.saved", draft.name()));
            grid.getDataProvider().refreshAll();
            dialog.close();
        }));
        dialog.open();
    }
}
