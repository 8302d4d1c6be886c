package io.pxportal.licensing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import io.pxportal.PortalViewTest;
import io.pxportal.licensing.EntitlementFilter;
import io.pxportal.licensing.EntitlementService;
import io.pxportal.licensing.EntitlementView;
import io.pxportal.shared.ui.EditorDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** What a shortfall alert's Open button leads to: the licence list with that entitlement's editor open. */
@WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
class LicencesViewLinkTest extends PortalViewTest {

    @Autowired
    EntitlementService entitlements;

    @Test
    void the_entitlement_parameter_opens_its_position_and_save_shows_only_on_its_details() {
        EntitlementView documents = entitlements
                .page(new EntitlementFilter("Exstream Engine documents", null, null, null), null, PageRequest.of(0, 1))
                .getFirst();

        UI.getCurrent()
                .navigate(
                        LicencesView.class,
                        QueryParameters.of(LicencesView.ENTITLEMENT_PARAMETER, String.valueOf(documents.id())));

        EditorDialog editor = find(EditorDialog.class).single();
        assertThat(editor.getHeaderTitle()).startsWith("Exstream Engine documents");
        Button save = find(Button.class).id("editor-save");
        assertThat(save.getElement().hasAttribute("hidden")).isFalse();
        find(TabSheet.class).from(editor).single().setSelectedIndex(1);
        assertThat(save.getElement().hasAttribute("hidden"))
                .as("on the position tab")
                .isTrue();
    }
}
