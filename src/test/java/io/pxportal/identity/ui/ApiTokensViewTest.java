package io.pxportal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.PortalViewTest;
import io.pxportal.TestLogins;
import io.pxportal.identity.ApiTokenDraft;
import io.pxportal.identity.ApiTokenRow;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.identity.ApiTokenService;
import io.pxportal.identity.ApiTokenStatus;
import io.pxportal.identity.NewApiToken;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "steering", roles = "STEERING")
class ApiTokensViewTest extends PortalViewTest {

    @Autowired
    ApiTokenService tokens;

    @SuppressWarnings("unchecked")
    private Grid<ApiTokenRow> grid() {
        return find(Grid.class).id("tokens-grid");
    }

    private int rowOf(Long id) {
        return IntStream.range(0, test(grid()).size())
                .filter(i -> test(grid()).getRow(i).id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("token " + id + " not listed"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_new_token_shows_its_secret_once_and_is_then_listed_by_its_prefix_only() {
        navigate(ApiTokensView.class);
        test(find(Button.class).id("tokens-new")).click();
        test(find(TextField.class).id("token-name")).setValue("Steering dashboard");
        RadioButtonGroup<ApiTokenScope> scope = find(RadioButtonGroup.class).id("token-scope");
        scope.setValue(ApiTokenScope.WRITE);
        test(find(IntegerField.class).id("token-expires-in-days")).setValue(null);
        test(find(Button.class).id("token-create")).click();

        String secret = find(TextField.class).id("token-secret").getValue();
        assertThat(secret).matches("pxp_[A-Za-z0-9_-]{43}");
        ApiTokenRow created =
                tokens.mine("Steering dashboard", PageRequest.of(0, 5)).getFirst();
        assertThat(created.scope()).isEqualTo(ApiTokenScope.WRITE);
        assertThat(created.expiresAt()).isNull();
        assertThat(created.prefix()).isEqualTo(secret.substring(0, 12));

        test(find(Button.class).id("token-done")).click();

        assertThat(find(TextField.class).withId("token-secret").exists())
                .as("the secret is gone")
                .isFalse();
        int row = rowOf(created.id());
        assertThat(IntStream.range(0, 8).mapToObj(c -> test(grid()).getCellText(row, c)))
                .contains("Steering dashboard", created.prefix() + "…")
                .noneMatch(text -> text.contains(secret));
    }

    @Test
    void a_name_is_required_and_nothing_is_created_without_one() {
        long before = tokens.countMine("");
        navigate(ApiTokensView.class);
        test(find(Button.class).id("tokens-new")).click();
        test(find(Button.class).id("token-create")).click();

        assertThat(find(TextField.class).id("token-name").isInvalid()).isTrue();
        assertThat(find(TextField.class).withId("token-secret").exists()).isFalse();
        assertThat(tokens.countMine("")).isEqualTo(before);
    }

    @Test
    void revoking_asks_first_then_marks_the_token_revoked() {
        NewApiToken token = tokens.create(new ApiTokenDraft("Old report script", ApiTokenScope.READ, 7));
        navigate(ApiTokensView.class);

        Component revoke = test(grid()).getCellComponent(rowOf(token.token().id()), "revoke");
        test((Button) revoke).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("Old report script");
        test(confirm).confirm();

        ApiTokenRow revoked =
                tokens.mine("Old report script", PageRequest.of(0, 1)).getFirst();
        assertThat(revoked.status()).isEqualTo(ApiTokenStatus.REVOKED);
        assertThat(test(grid()).getCellComponent(rowOf(token.token().id()), "revoke"))
                .isNotInstanceOf(Button.class);
    }

    @Test
    void only_admins_and_auditors_may_look_at_everyones_tokens() {
        navigate(ApiTokensView.class);
        assertThat(find(Checkbox.class).withId("tokens-everyone").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void an_auditor_sees_everyones_tokens_but_revokes_only_her_own() {
        NewApiToken olenas =
                TestLogins.as("olena", () -> tokens.create(new ApiTokenDraft("Olena sync", ApiTokenScope.READ, 7)));
        navigate(ApiTokensView.class);
        test(find(Checkbox.class).id("tokens-everyone")).click();

        int row = rowOf(olenas.token().id());
        assertThat(test(grid()).getRow(row).owner()).isEqualTo("olena");
        assertThat(test(grid()).getCellComponent(row, "revoke")).isNotInstanceOf(Button.class);
    }
}
