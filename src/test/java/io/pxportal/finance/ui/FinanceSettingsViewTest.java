package io.pxportal.finance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.PortalViewTest;
import io.pxportal.finance.FinanceSettingsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Budgets, rates and the finance settings, editable by finance and read by everyone else. */
class FinanceSettingsViewTest extends PortalViewTest {

    @Autowired
    FinanceSettingsService settings;

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void finance_edits_the_settings_it_is_shown() {
        navigate(FinanceSettingsView.class);
        find(TabSheet.class).single().setSelectedIndex(2);

        TextField currency = find(TextField.class).id("settings-currency");
        assertThat(currency.getValue()).isEqualTo(settings.get().reportingCurrency());
        assertThat(currency.isReadOnly()).isFalse();
        assertThat(find(Button.class).id("settings-save").isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void a_product_owner_reads_the_settings_without_a_save() {
        navigate(FinanceSettingsView.class);
        find(TabSheet.class).single().setSelectedIndex(2);

        assertThat(find(TextField.class).id("settings-currency").isReadOnly()).isTrue();
        assertThat(find(Button.class).withId("settings-save").exists()).isFalse();
    }
}
