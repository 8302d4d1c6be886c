package io.pxportal.licensing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import io.pxportal.licensing.EntitlementView;
import io.pxportal.licensing.MeasurementDraft;
import io.pxportal.licensing.MeasurementSource;
import io.pxportal.licensing.MeasurementView;
import io.pxportal.licensing.UsageService;
import io.pxportal.portfolio.PlatformEnvironment;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.DatePickers;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.shared.ui.PortalGrids;
import java.time.Clock;
import java.time.LocalDate;

/**
 * An entitlement's measurements, newest first, each saying whether it counts; whoever may change the entitlement
 * adds a count on a day (seats, capacity) or a volume over a period, and removes wrong ones.
 */
class MeasurementsPanel extends Composite<VerticalLayout> {

    private final UsageService usage;
    private final EntitlementView entitlement;
    private final Runnable onChange;
    private final Grid<MeasurementView> grid = new Grid<>();
    private final PositionFormat format = new PositionFormat(this, this::getLocale);
    private final Clock clock;

    MeasurementsPanel(UsageService usage, EntitlementView entitlement, Runnable onChange, Clock clock) {
        this.usage = usage;
        this.clock = clock;
        this.entitlement = entitlement;
        this.onChange = onChange;
        boolean volume = entitlement.draft().metric().isVolume();
        grid.setId("measurements-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        PortalGrids.text(
                        grid,
                        m -> getTranslation("environment." + m.environment().name()))
                .setHeader(getTranslation("measurement.environment"))
                .setSortProperty("environment")
                .setAutoWidth(true);
        PortalGrids.text(grid, m -> Formats.date(m.from(), getLocale()))
                .setHeader(getTranslation(volume ? "measurement.from" : "measurement.day"))
                .setSortProperty("from")
                .setAutoWidth(true);
        if (volume) {
            PortalGrids.text(grid, m -> Formats.date(m.to(), getLocale()))
                    .setHeader(getTranslation("measurement.to"))
                    .setAutoWidth(true);
        }
        PortalGrids.text(grid, m -> format.number(m.quantity()))
                .setHeader(getTranslation("measurement.quantity"))
                .setSortProperty("quantity")
                .setAutoWidth(true);
        PortalGrids.text(
                        grid,
                        m -> getTranslation("measurement-source." + m.source().name()))
                .setHeader(getTranslation("measurement.source"))
                .setAutoWidth(true);
        PortalGrids.text(grid, m -> getTranslation(m.counted() ? "measurement.counts" : "measurement.not-counted"))
                .setHeader(getTranslation("measurement.counted"))
                .setAutoWidth(true);
        if (entitlement.editable()) {
            grid.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setHeight("20em");
        EmptyState.on(grid, getTranslation("empty.measurements"));
        LazyGrids.bind(
                grid, p -> usage.measurements(entitlement.id(), p), () -> usage.countMeasurements(entitlement.id()));
        getContent().setPadding(false);
        if (entitlement.editable()) {
            getContent().add(addForm(volume));
        }
        getContent().add(grid);
    }

    private HorizontalLayout addForm(boolean volume) {
        Select<PlatformEnvironment> environment = new Select<>();
        environment.setLabel(getTranslation("measurement.environment"));
        environment.setId("measurement-environment");
        environment.setItems(PlatformEnvironment.values());
        environment.setItemLabelGenerator(e -> e == null ? "" : getTranslation("environment." + e.name()));
        environment.setValue(PlatformEnvironment.PRODUCTION);
        DatePicker from =
                DatePickers.localized(new DatePicker(getTranslation(volume ? "measurement.from" : "measurement.day")));
        from.setId("measurement-from");
        from.setMax(LocalDate.now(clock));
        DatePicker to = DatePickers.localized(new DatePicker(getTranslation("measurement.to")));
        to.setId("measurement-to");
        to.setVisible(volume);
        BigDecimalField quantity = new BigDecimalField(getTranslation("measurement.quantity"));
        quantity.setId("measurement-quantity");
        Button add = new Button(getTranslation("measurement.add"), VaadinIcon.PLUS.create());
        add.setId("measurement-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            if (from.getValue() == null || quantity.getValue() == null || (volume && to.getValue() == null)) {
                Notifications.error(getTranslation("measurement.incomplete"));
                return;
            }
            changing(() -> usage.record(new MeasurementDraft(
                    entitlement.id(),
                    environment.getValue(),
                    from.getValue(),
                    volume ? to.getValue() : null,
                    quantity.getValue(),
                    MeasurementSource.MANUAL,
                    null)));
            quantity.clear();
        });
        HorizontalLayout form = new HorizontalLayout(environment, from, to, quantity, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        return form;
    }

    private Button removeButton(MeasurementView measurement) {
        Button remove = new Button(
                VaadinIcon.TRASH.create(),
                e -> changing(() -> usage.remove(entitlement.id(), measurement.id(), measurement.version())));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("measurement.remove"));
        remove.setTooltipText(getTranslation("measurement.remove"));
        return remove;
    }

    /** Runs a change; a broken rule is explained and nothing else happens. */
    private void changing(Runnable change) {
        try {
            change.run();
        } catch (DomainException ex) {
            Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
            return;
        }
        Notifications.success(getTranslation("measurement.saved"));
        grid.getDataProvider().refreshAll();
        onChange.run();
    }
}
