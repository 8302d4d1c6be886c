package io.pxportal.portfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.PortalViewTest;
import io.pxportal.portfolio.VendorRow;
import io.pxportal.portfolio.VendorService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

class VendorsViewTest extends PortalViewTest {

    @Autowired
    VendorService vendors;

    @SuppressWarnings("unchecked")
    private Grid<VendorRow> grid() {
        return find(Grid.class).id("vendors-grid");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void search_narrows_the_list_and_a_bad_country_code_is_explained_without_saving() {
        navigate(VendorsView.class);
        assertThat(test(grid()).size()).isGreaterThanOrEqualTo(6);

        test(find(TextField.class).id("vendors-search")).setValue("quad");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).name()).isEqualTo("Quadient");

        test(grid()).clickRow(0);
        TextField country = find(TextField.class).id("vendor-country");
        test(country).setValue("France");
        test(find(Button.class).id("editor-save")).click();

        assertThat(country.isInvalid()).isTrue();
        assertThat(find(Dialog.class).exists()).isTrue();
        assertThat(vendors.get(test(grid()).getRow(0).id()).country()).isEqualTo("FR");

        // Two letters are not enough: XX is no ISO 3166 country, and the message names it.
        test(country).setValue("xx");
        test(find(Button.class).id("editor-save")).click();
        assertThat(country.isInvalid()).isTrue();
        assertThat(country.getErrorMessage()).contains("XX");
        assertThat(vendors.get(test(grid()).getRow(0).id()).country()).isEqualTo("FR");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_new_vendor_is_saved_and_listed() {
        navigate(VendorsView.class);
        test(find(Button.class).id("vendors-new")).click();
        test(find(TextField.class).id("vendor-name")).setValue("Doxee");
        test(find(TextField.class).id("vendor-country")).setValue("it");
        test(find(Button.class).id("editor-save")).click();

        assertThat(test(find(Notification.class).last()).getText()).contains("Doxee");
        assertThat(vendors.page("Doxee", org.springframework.data.domain.PageRequest.of(0, 1)))
                .singleElement()
                .satisfies(v -> assertThat(v.country()).isEqualTo("IT"));
    }

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void finance_reads_vendors_but_gets_no_new_or_save_button() {
        navigate(VendorsView.class);
        assertThat(find(Button.class).withId("vendors-new").exists()).isFalse();

        test(grid()).clickRow(0);
        assertThat(find(Button.class).withId("editor-save").exists()).isFalse();
    }
}
