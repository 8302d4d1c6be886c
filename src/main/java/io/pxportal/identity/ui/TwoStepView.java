package io.pxportal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.pxportal.identity.TwoStepEnrolment;
import io.pxportal.identity.TwoStepService;
import io.pxportal.identity.TwoStepStatus;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.shared.ui.ShellPreferences;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Every user turns two-step sign-in on here (scan the QR code or type the secret into an authenticator app, then
 * confirm with a code) or off again (with a code). Admins are sent here when their role requires it
 * ({@link TwoStepGuard}).
 */
@Route(TwoStepService.ROUTE)
@PermitAll
public class TwoStepView extends VerticalLayout implements HasDynamicTitle {

    private final transient TwoStepService twoStep;

    public TwoStepView(TwoStepService twoStep) {
        this.twoStep = twoStep;
        setId("two-step-view");
        show();
    }

    private void show() {
        removeAll();
        TwoStepStatus status = twoStep.status();
        add(new H2(getTranslation("two-step.title")));
        if (status.required() && !status.enabled()) {
            Paragraph required = new Paragraph(getTranslation("two-step.required"));
            required.setId("two-step-required");
            add(required);
        }
        if (status.enabled()) {
            showOn(status);
        } else {
            showOff();
        }
    }

    private void showOff() {
        Paragraph about = new Paragraph(getTranslation("two-step.about"));
        Button start = new Button(getTranslation("two-step.start"), e -> enrol(twoStep.start()));
        start.setId("two-step-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(about, start);
    }

    private void enrol(TwoStepEnrolment enrolment) {
        removeAll();
        add(new H2(getTranslation("two-step.title")), new Paragraph(getTranslation("two-step.scan")));
        Image qr = new Image(
                "data:image/png;base64," + Base64.getEncoder().encodeToString(enrolment.qrPng()),
                getTranslation("two-step.qr"));
        qr.setId("two-step-qr");
        qr.setWidth("240px");
        Span secret = new Span(enrolment.secret());
        secret.setId("two-step-secret");
        secret.getStyle().set("font-family", "monospace");
        Paragraph manual = new Paragraph(getTranslation("two-step.manual") + " ");
        manual.add(secret);
        TextField code = codeField("two-step-confirm-code");
        Button confirm = new Button(getTranslation("two-step.confirm"), e -> {
            List<String> recovery = new ArrayList<>();
            if (run(code, () -> recovery.addAll(twoStep.confirm(code.getValue())))) {
                Notifications.success(getTranslation("two-step.enabled"));
                show();
                showRecoveryCodes(recovery);
            }
        });
        confirm.setId("two-step-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(qr, manual, code, confirm);
    }

    /** The recovery codes, this once: only their hashes are kept. */
    private void showRecoveryCodes(List<String> codes) {
        UnorderedList list = new UnorderedList();
        list.setId("two-step-recovery-codes");
        list.getStyle().set("font-family", "monospace");
        codes.forEach(c -> list.add(new ListItem(c)));
        addComponentAtIndex(
                1,
                new VerticalLayout(
                        new H3(getTranslation("two-step.recovery.title")),
                        new Paragraph(getTranslation("two-step.recovery.help")),
                        list));
    }

    private void showOn(TwoStepStatus status) {
        Paragraph on = new Paragraph(getTranslation(
                        "two-step.on-since", Formats.dateTime(status.enabledAt(), ShellPreferences.zone(), getLocale()))
                + " "
                + getTranslation("two-step.recovery.left", status.recoveryCodesLeft()));
        on.setId("two-step-on");
        add(on);
        if (status.required()) {
            add(new Paragraph(getTranslation("two-step.required-for-admins")));
            return;
        }
        TextField code = codeField("two-step-disable-code");
        Button disable = new Button(getTranslation("two-step.disable"), e -> {
            if (run(code, () -> twoStep.disable(code.getValue()))) {
                Notifications.success(getTranslation("two-step.disabled"));
                show();
            }
        });
        disable.setId("two-step-disable");
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new Paragraph(getTranslation("two-step.disable.help")), code, disable);
    }

    private TextField codeField(String id) {
        TextField code = new TextField(getTranslation("two-step.code"));
        code.setId(id);
        code.setMaxLength(6);
        code.setAllowedCharPattern("\\d");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        return code;
    }

    private boolean run(TextField code, Runnable action) {
        try {
            action.run();
            return true;
        } catch (DomainException e) {
            code.clear();
            code.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            code.setInvalid(true);
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-step.title");
    }
}
