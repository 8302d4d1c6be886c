package io.pxportal.finance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.pxportal.exchange.ExportService;
import io.pxportal.finance.BudgetService;
import io.pxportal.finance.FinanceReportService;
import io.pxportal.finance.FinanceSettings;
import io.pxportal.finance.FinanceSettingsService;
import io.pxportal.finance.FxRateService;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.stream.IntStream;

/** Budgets, FX rates and the finance settings: everyone reads them, ADMIN and FINANCE change them. */
@Route("finance/settings")
@Menu(title = "finance.menu.settings", order = 42, icon = "vaadin:coin-piles")
@InMenuSection(MenuSection.FINANCE)
@PermitAll
public class FinanceSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient FinanceSettingsService settings;
    private FinanceSettings current;

    public FinanceSettingsView(
            FinanceSettingsService settings,
            FxRateService rates,
            BudgetService budgets,
            PlatformService platforms,
            FinanceReportService reports,
            ExportService exports) {
        this.settings = settings;
        this.current = settings.get();
        boolean editable = CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.FINANCE);
        setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        // Budgets are cost figures: a role that sees none is told so instead of "no budgets yet"
        tabs.add(
                getTranslation("finance.menu.budgets"),
                reports.costsHidden()
                        ? CostsHidden.notice()
                        : new BudgetsPanel(
                                budgets,
                                platforms,
                                exports,
                                current.calendar(),
                                reports.currentFiscalYear(),
                                current.reportingCurrency(),
                                editable));
        tabs.add(getTranslation("finance.menu.rates"), new RatesPanel(rates, exports, editable));
        tabs.add(getTranslation("finance.settings"), settingsForm(editable)).setId("finance-settings-tab");
        add(tabs);
    }

    private FormLayout settingsForm(boolean editable) {
        TextField currency = new TextField(
                getTranslation("finance.settings.reporting-currency"), current.reportingCurrency(), "EUR");
        currency.setId("settings-currency");
        Select<Integer> start = new Select<>();
        start.setLabel(getTranslation("finance.settings.fiscal-start"));
        start.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        start.setItemLabelGenerator(m -> Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, Amounts.locale(this)));
        start.setValue(current.fiscalYearStartMonth());
        BigDecimalField index = new BigDecimalField(getTranslation("finance.settings.index-assumption"));
        index.setValue(current.indexAssumptionPercent());
        Checkbox owners = new Checkbox(getTranslation("finance.settings.owners-edit"), current.ownersEditCosts());
        Button save = new Button(getTranslation("editor.save"), e -> {
            try {
                current = settings.update(new FinanceSettings(
                        currency.getValue().trim().toUpperCase(),
                        start.getValue(),
                        index.getValue() == null ? current.indexAssumptionPercent() : index.getValue(),
                        owners.getValue(),
                        current.version()));
                Notifications.success(getTranslation("editor.saved", getTranslation("finance.settings")));
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(editable);
        currency.setReadOnly(!editable);
        start.setReadOnly(!editable);
        index.setReadOnly(!editable);
        owners.setReadOnly(!editable);
        return new FormLayout(currency, start, index, owners, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("finance.menu.settings");
    }
}
