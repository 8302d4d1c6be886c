package io.pxportal.experience.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import io.pxportal.experience.MetricDefinition;
import io.pxportal.experience.Provenance;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.metric.Evidence;
import io.pxportal.shared.ui.ShellPreferences;
import java.time.Instant;

/** From a metric's score down to what it came from: definition, value, how it was obtained, the records. */
class ProvenanceDialog extends Dialog {

    ProvenanceDialog(Provenance provenance) {
        MetricDefinition m = provenance.score().metric();
        setId("provenance-dialog");
        setHeaderTitle(m.label(this::getTranslation));
        setWidth("min(44em, 96vw)");
        add(new Paragraph(getTranslation(
                "experience.provenance.definition",
                m.code(),
                getTranslation("experience.dimension." + m.dimension())
                        + (m.pillar() == null ? "" : " · " + getTranslation("experience.pillar." + m.pillar())),
                Formats.number(m.floor(), getLocale()),
                Formats.number(m.target(), getLocale()),
                m.unitLabel(this::getTranslation),
                Formats.number(m.weight(), getLocale()),
                getTranslation("experience.source." + m.source()),
                provenance.catalogue())));
        add(new Paragraph(getTranslation(
                "experience.provenance.value",
                provenance.period().label(getLocale()),
                provenance.score().hasData()
                        ? ScoreTexts.value(getLocale(), provenance.score())
                        : getTranslation("experience.no-data"),
                ScoreTexts.score(this, provenance.score().score()))));
        Paragraph basis = new Paragraph(getTranslation(
                provenance.basisKey(),
                provenance.basisArguments().stream().map(this::text).toArray()));
        basis.setId("provenance-basis");
        add(basis);
        Div records = new Div();
        records.setId("provenance-records");
        int i = 0;
        for (Evidence e : provenance.evidence()) {
            records.add(line(e, i));
            i++;
        }
        add(records);
        Button close = new Button(getTranslation("experience.close"), click -> close());
        close.setId("provenance-close");
        getFooter().add(close);
    }

    /** One record: a link to it where it has a page, and what it says. */
    private Div line(Evidence e, int index) {
        Div line = new Div();
        if (e.route() != null) {
            Anchor link = new Anchor(
                    e.route()
                            + (e.query().isEmpty()
                                    ? ""
                                    : "?" + QueryParameters.simple(e.query()).getQueryString()),
                    e.label());
            link.setId("provenance-link-" + index);
            // Following a record leaves the scorecard: the dialog must not stay open over the page it opens.
            link.getElement().addEventListener("click", click -> close());
            line.add(link);
        } else {
            line.add(new Span(e.label()));
        }
        if (e.detail() != null) {
            Span detail = new Span(" — " + e.detail());
            detail.addClassName("px-muted");
            line.add(detail);
        }
        return line;
    }

    /** Arguments of the basis sentence: message keys translated, instants as date and time. */
    private Object text(Object argument) {
        if (argument instanceof String s && s.startsWith("experience.")) {
            return getTranslation(s);
        }
        if (argument instanceof Instant instant) {
            return Formats.dateTime(instant, ShellPreferences.zone(), getLocale());
        }
        return argument;
    }
}
