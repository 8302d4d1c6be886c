package io.pxportal.contracts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.PortalViewTest;
import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.shared.ui.EditorDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
class ContractEditorTest extends PortalViewTest {

    @Autowired
    ContractService contracts;

    private void openExstream() {
        Long id = contracts
                .page(new ContractFilter("OT-2019-0042", null, null), PageRequest.of(0, 1))
                .getFirst()
                .id();
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        ContractsView.class, com.vaadin.flow.router.QueryParameters.of("contract", String.valueOf(id)));
        assertThat(find(EditorDialog.class).single().getHeaderTitle()).startsWith("OT-2019-0042");
    }

    private boolean shown(String buttonId) {
        Button button = find(Button.class).id(buttonId);
        return button.isVisible() && !button.getElement().hasAttribute("hidden");
    }

    @Test
    void save_and_delete_show_only_on_the_details_tab_they_act_on() {
        openExstream();
        TabSheet tabs =
                find(TabSheet.class).from(find(EditorDialog.class).single()).single();
        assertThat(shown("editor-save")).isTrue();
        assertThat(shown("editor-delete")).isTrue();

        for (String panel :
                new String[] {"contract-renewal-tab", "contract-decision-tab", "contract-documents-tab", "history-tab"
                }) {
            tabs.setSelectedTab(tabs.getChildren()
                    .flatMap(c -> c.getChildren())
                    .filter(c -> c.getId().filter(panel::equals).isPresent())
                    .map(com.vaadin.flow.component.tabs.Tab.class::cast)
                    .findFirst()
                    .orElseThrow());
            assertThat(shown("editor-save")).as(panel).isFalse();
            assertThat(shown("editor-delete")).as(panel).isFalse();
        }
        tabs.setSelectedIndex(0);
        assertThat(shown("editor-save")).isTrue();
    }

    @Test
    void the_editor_shows_the_contracts_alert_lead_times() {
        openExstream();
        assertThat(find(TextField.class).id("contract-alert-lead-days").getValue())
                .isEqualTo("120, 90, 60, 30, 7");
    }
}
