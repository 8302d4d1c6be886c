package io.pxportal.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.PortalViewTest;
import io.pxportal.shared.audit.AuditLogEntry;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

class AuditViewTest extends PortalViewTest {

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    @SuppressWarnings("unchecked")
    void an_auditor_narrows_the_trail_to_one_record_type_and_one_user() {
        navigate(AuditView.class);
        Grid<AuditLogEntry> grid = find(Grid.class).id("audit-grid");
        assertThat(test(grid).size()).isPositive();

        ComboBox<String> type = find(ComboBox.class).id("audit-record-type");
        test(type).selectItem("Contract");
        test(find(TextField.class).id("audit-user")).setValue("demo-data");

        assertThat(test(grid).size()).isPositive();
        for (int row = 0; row < Math.min(5, test(grid).size()); row++) {
            AuditLogEntry entry = test(grid).getRow(row);
            assertThat(entry.recordType()).isEqualTo("Contract");
            assertThat(entry.username()).isEqualTo("demo-data");
            assertThat(entry.action()).isEqualTo("CREATED");
        }
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Contract");
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void a_product_owner_cannot_open_it() {
        Throwable refused = catchThrowable(() -> navigate(AuditView.class));
        assertThat(refused == null ? getCurrentView() : refused).isNotInstanceOf(AuditView.class);
    }
}
