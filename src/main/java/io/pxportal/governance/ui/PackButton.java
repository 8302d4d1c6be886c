package io.pxportal.governance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.pxportal.governance.SteeringPack;
import io.pxportal.governance.SteeringPackService;
import java.util.Locale;

/**
 * "Steering pack (PDF)": one click downloads the review's pack, rendered when the browser asks for it, in the
 * user's language; the browser shows the download's progress meanwhile.
 */
class PackButton extends Composite<Anchor> {

    PackButton(SteeringPackService packs, Long reviewId) {
        Locale locale = getLocale();
        DownloadHandler pack = event -> {
            SteeringPack rendered = packs.render(reviewId, locale);
            event.setFileName(rendered.fileName());
            event.setContentType("application/pdf");
            event.setContentLength(rendered.pdf().length);
            event.getOutputStream().write(rendered.pdf());
        };
        Anchor link = getContent();
        link.setHref(pack);
        link.setId("review-pack");
        link.add(VaadinIcon.FILE_TEXT_O.create(), new Span(getTranslation("governance.pack.button")));
        link.addClassName("px-download-button");
        link.getElement().setAttribute("download", true);
    }
}
