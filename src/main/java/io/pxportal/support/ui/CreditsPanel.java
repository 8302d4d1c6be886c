package io.pxportal.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.support.CreditService;
import io.pxportal.support.CreditStatus;
import io.pxportal.support.CreditView;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Service credits of the last two years: what each month earned (uptime tier and breaches, capped), until when it
 * can be claimed, and the claim's state; owners claim and record the vendor's answer here.
 */
class CreditsPanel extends VerticalLayout {

    private static final int MONTHS = 24;

    private final transient CreditService credits;
    private final transient Clock clock;
    private final Grid<CreditView> grid = new Grid<>();

    CreditsPanel(CreditService credits, ExportService exports, Clock clock) {
        this.credits = credits;
        this.clock = clock;
        setPadding(false);
        grid.setId("credits-grid");
        grid.setHeight("32em");
        ListColumns<CreditView> columns = new ListColumns<>(grid);
        columns.add("support.month", c -> c.month().toString()).setAutoWidth(true);
        columns.add("support.credit.contract", CreditView::contractNumber).setAutoWidth(true);
        columns.add("support.ticket.platform", CreditView::platform).setAutoWidth(true);
        columns.add(
                        "support.uptime",
                        c -> c.uptimePercent() == null
                                ? "–"
                                : Formats.percentSign(Formats.number(c.uptimePercent(), getLocale()), getLocale()))
                .setTextAlign(ColumnTextAlign.END);
        columns.add(
                        "support.credit.breaches",
                        c -> c.breaches().entrySet().stream()
                                .map(e -> e.getKey() + "×" + e.getValue())
                                .collect(Collectors.joining(" ")))
                .setAutoWidth(true);
        columns.add(
                        "support.credit.percent",
                        c -> Formats.percentSign(
                                        Formats.number(c.assessment().cappedPercent(), getLocale()), getLocale())
                                + (c.assessment().capped() ? " (" + getTranslation("support.credit.capped") + ")" : ""))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        columns.add(
                        "support.credit.amount",
                        c -> Formats.money(c.assessment().amount(), Currency.getInstance(c.currency()), getLocale()))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        columns.add("support.credit.deadline", c -> Formats.date(c.assessment().claimDeadline(), getLocale()))
                .setAutoWidth(true);
        columns.addComponent(
                        "support.credit.status",
                        c -> getTranslation(
                                "support-credit-status." + c.status().name()),
                        this::status)
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        add(new ExportMenu<>("credits", exports, columns, p -> p.getPageNumber() > 0 ? List.of() : load()), grid);
        refresh();
    }

    private List<CreditView> load() {
        YearMonth now = YearMonth.now(clock);
        return credits.credits(now.minusMonths(MONTHS), now);
    }

    private void refresh() {
        EmptyState.on(grid, getTranslation("empty.credits"));
        grid.setItems(load());
    }

    private Span status(CreditView c) {
        Span badge =
                new Span(getTranslation("support-credit-status." + c.status().name()));
        badge.getElement()
                .getThemeList()
                .add(
                        switch (c.status()) {
                            case OWED -> "badge warning";
                            case LAPSED, REJECTED -> "badge error";
                            case GRANTED -> "badge success";
                            case CLAIMED -> "badge";
                        });
        return badge;
    }

    private Component actions(CreditView c) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!c.editable()) {
            return actions;
        }
        if (c.status() == CreditStatus.OWED) {
            actions.add(button("support.credit.claim", () -> credits.claim(c.policyId(), c.month(), null)));
        } else if (c.status() == CreditStatus.CLAIMED) {
            BigDecimalField amount = new BigDecimalField();
            amount.setValue(c.claimedAmount());
            amount.setWidth("8em");
            amount.setAriaLabel(getTranslation("support.credit.granted"));
            TextField reference = new TextField();
            reference.setPlaceholder(getTranslation("support.credit.reference"));
            reference.setWidth("9em");
            actions.add(
                    amount,
                    reference,
                    button(
                            "support.credit.grant",
                            () -> credits.grant(c.creditId(), amount.getValue(), reference.getValue(), c.version())),
                    button("support.credit.reject", () -> credits.reject(c.creditId(), null, c.version())));
        }
        return actions;
    }

    private Button button(String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> {
            try {
                action.run();
                Notifications.success(getTranslation("support.credit.saved"));
                refresh();
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId("credit-" + key.substring(key.lastIndexOf('.') + 1));
        return button;
    }
}
