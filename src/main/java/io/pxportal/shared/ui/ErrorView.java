package io.pxportal.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.pxportal.shared.operations.ErrorReference;
import jakarta.servlet.http.HttpServletResponse;

/** Shown instead of a stack trace when opening a page fails unexpectedly. */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReference.log(parameter.getException());
        removeAll();
        add(
                new H2(getTranslation("error.page.title")),
                new Paragraph(getTranslation("error.unexpected", reference)),
                new Anchor("", getTranslation("error.page.home")));
        setId("error-view");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
