package io.pxportal.roadmap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.roadmap.ItemStatus;
import io.pxportal.roadmap.Quarter;
import io.pxportal.roadmap.RoadmapItemService;
import io.pxportal.roadmap.RoadmapItemView;
import io.pxportal.roadmap.StatusChange;
import io.pxportal.roadmap.StatusStep;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.DatePickers;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.shared.ui.PortalGrids;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * An item's status history, oldest first, and — for those who may change the item — a new dated step: the vendor
 * delayed it to a later quarter, shipped a beta, dropped it.
 */
class StatusPanel extends Composite<VerticalLayout> {

    StatusPanel(
            RoadmapItemService items,
            RoadmapItemView item,
            Quarter now,
            LocalDate today,
            Consumer<RoadmapItemView> onChange) {
        Grid<StatusStep> history = historyGrid();
        history.setItems(items.statusHistory(item.id()));
        getContent().add(history);
        if (!item.editable()) {
            return;
        }
        Select<ItemStatus> status = new Select<>();
        status.setLabel(getTranslation("roadmap.item.status"));
        status.setItems(ItemStatus.values());
        status.setItemLabelGenerator(s -> RoadmapLabels.status(this, s));
        status.setValue(item.status());
        status.setId("roadmap-status-new");
        ComboBox<Quarter> quarter =
                RoadmapLabels.quarterPicker(getTranslation("roadmap.item.committed-quarter"), now, 4, 12);
        quarter.setValue(item.draft().committedQuarter());
        DatePicker on = DatePickers.localized(new DatePicker(getTranslation("roadmap.status.on"), today));
        on.setMax(today);
        TextField note = new TextField(getTranslation("roadmap.status.note"));
        Button record = new Button(getTranslation("roadmap.status.record"), e -> {
            try {
                RoadmapItemView changed = items.changeStatus(
                        item.id(),
                        new StatusChange(
                                status.getValue(),
                                quarter.getValue(),
                                on.getValue(),
                                note.getValue(),
                                item.draft().version()));
                Notifications.success(getTranslation("roadmap.status.recorded", changed.title()));
                onChange.accept(changed);
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        record.setId("roadmap-status-record");
        HorizontalLayout add = new HorizontalLayout(status, quarter, on, note, record);
        add.setAlignItems(FlexComponent.Alignment.BASELINE);
        add.getStyle().set("flex-wrap", "wrap");
        getContent().add(add);
        getContent().setPadding(false);
    }

    /** The steps so far: when, which status and quarter, who recorded it, and why. */
    private Grid<StatusStep> historyGrid() {
        Grid<StatusStep> history = new Grid<>();
        history.setId("roadmap-status-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        PortalGrids.text(history, s -> Formats.date(s.on(), getLocale()))
                .setHeader(getTranslation("roadmap.status.on"))
                .setAutoWidth(true);
        PortalGrids.text(history, s -> RoadmapLabels.status(this, s.status()))
                .setHeader(getTranslation("roadmap.item.status"))
                .setAutoWidth(true);
        PortalGrids.text(history, s -> RoadmapLabels.quarter(s.quarter()))
                .setHeader(getTranslation("roadmap.item.committed-quarter"))
                .setAutoWidth(true);
        PortalGrids.text(history, StatusStep::recordedBy)
                .setHeader(getTranslation("history.who"))
                .setAutoWidth(true);
        PortalGrids.text(history, StatusStep::note)
                .setHeader(getTranslation("roadmap.status.note"))
                .setFlexGrow(1);
        EmptyState.on(history, getTranslation("empty.status-history"));
        return history;
    }
}
