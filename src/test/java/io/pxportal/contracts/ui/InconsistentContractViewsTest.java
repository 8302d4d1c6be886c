package io.pxportal.contracts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import io.pxportal.PortalViewTest;
import io.pxportal.contracts.ContractDraft;
import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.NoticeUnit;
import io.pxportal.contracts.RenewalType;
import io.pxportal.contracts.UpliftType;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorService;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** A contract whose terms cannot work is flagged in the list and the calendar, and warned about in the editor. */
@WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
class InconsistentContractViewsTest extends PortalViewTest {

    @Autowired
    ContractService contracts;

    @Autowired
    VendorService vendors;

    @Autowired
    PlatformService platforms;

    /** The reproduction: six months' notice on a three-month term that started a month ago. */
    private ContractView inconsistent(String number) {
        return contracts.create(new ContractDraft(
                number,
                "Notice longer than the term",
                vendors.findByName("OpenText").orElseThrow().id(),
                Set.of(platforms
                        .refs("Exstream Statements", PageRequest.of(0, 1))
                        .getFirst()
                        .id()),
                "olena",
                LocalDate.now().minusMonths(1),
                3,
                RenewalType.AUTOMATIC,
                12,
                6,
                NoticeUnit.MONTHS,
                0,
                null,
                "EUR",
                null,
                UpliftType.NONE,
                null,
                null,
                null,
                null,
                null,
                null));
    }

    @SuppressWarnings("unchecked")
    private Grid<ContractView> grid() {
        return find(Grid.class).id("contracts-grid");
    }

    private Component consistencyCell(String number) {
        int row = IntStream.range(0, test(grid()).size())
                .filter(i -> test(grid()).getRow(i).draft().number().equals(number))
                .findFirst()
                .orElseThrow(() -> new AssertionError(number + " not listed"));
        return test(grid()).getCellComponent(row, "consistency");
    }

    @Test
    void the_list_flags_an_inconsistent_contract_with_what_is_wrong_and_filters_to_such_contracts() {
        inconsistent("UI-S-1");
        navigate(ContractsView.class);

        assertThat(consistencyCell("UI-S-1")).isInstanceOfSatisfying(Span.class, badge -> {
            assertThat(badge.getClassNames()).contains("px-inconsistent");
            assertThat(badge.getElement().getAttribute("title")).contains("6").contains("3");
        });
        assertThat(consistencyCell("OT-2019-0042").getClassNames()).doesNotContain("px-inconsistent");

        find(Checkbox.class).id("contracts-inconsistent").setValue(true);
        assertThat(IntStream.range(0, test(grid()).size())
                        .mapToObj(i -> test(grid()).getRow(i)))
                .extracting(c -> c.draft().number())
                .contains("UI-S-1")
                .doesNotContain("OT-2019-0042");
    }

    @Test
    void the_editor_shows_the_warning_of_a_saved_contract_and_of_terms_as_they_are_typed() {
        ContractView contract = inconsistent("UI-S-2");
        UI.getCurrent().navigate(ContractsView.class, QueryParameters.of("contract", String.valueOf(contract.id())));

        Div warnings = find(Div.class).id("contract-warnings");
        assertThat(warnings.isVisible()).isTrue();
        assertThat(warnings.getElement().getTextRecursively()).contains("6").contains("3");

        test(find(Button.class).id("editor-cancel")).click();
        Long exstream = contracts
                .page(new ContractFilter("OT-2019-0042", null, null), PageRequest.of(0, 1))
                .getFirst()
                .id();
        UI.getCurrent().navigate(ContractsView.class, QueryParameters.of("contract", String.valueOf(exstream)));
        assertThat(find(Div.class).withId("contract-warnings").exists())
                .as("no visible warning")
                .isFalse();
    }

    @Test
    void a_new_contract_warns_as_soon_as_its_term_is_shorter_than_its_notice() {
        navigate(ContractsView.class);
        test(find(Button.class).id("contracts-new")).click();
        assertThat(find(Div.class).withId("contract-warnings").exists())
                .as("no visible warning")
                .isFalse();

        test(find(IntegerField.class).id("contract-initial-term")).setValue(2);

        Div warnings = find(Div.class).id("contract-warnings");
        assertThat(warnings.isVisible()).isTrue();
        assertThat(warnings.getElement().getTextRecursively()).contains("90");
    }

    @Test
    void the_renewal_calendar_flags_the_dates_of_an_inconsistent_contract() {
        ContractView contract = inconsistent("UI-S-3");
        navigate(RenewalCalendarView.class);

        var entries = find(Div.class).withClassName("px-agenda-entry").all().stream()
                .filter(e -> e.getId().orElse("").startsWith("agenda-contract-" + contract.id() + "-"))
                .toList();
        assertThat(entries)
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(find(Span.class)
                                .from(entry)
                                .withClassName("px-inconsistent")
                                .single()
                                .getElement()
                                .getAttribute("title"))
                        .isNotBlank());
        Long exstream = contracts
                .page(new ContractFilter("OT-2019-0042", null, null), PageRequest.of(0, 1))
                .getFirst()
                .id();
        assertThat(find(Div.class).withClassName("px-agenda-entry").all().stream()
                        .filter(e -> e.getId().orElse("").startsWith("agenda-contract-" + exstream + "-")))
                .isNotEmpty()
                .noneMatch(e -> find(Span.class)
                        .from(e)
                        .withClassName("px-inconsistent")
                        .exists());
    }
}
