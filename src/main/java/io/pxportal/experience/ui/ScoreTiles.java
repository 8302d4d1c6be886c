package io.pxportal.experience.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import io.pxportal.experience.Score;

/** A deck of score tiles: a heading, the score large, its coverage beneath. */
class ScoreTiles extends Composite<Div> {

    ScoreTiles(String id) {
        getContent().setId(id);
        getContent().addClassName("px-card-deck");
    }

    Div add(String idSuffix, String heading, Score score, String footnote) {
        Div tile = new Div();
        tile.addClassName("px-card");
        tile.setId(getContent().getId().orElse("") + "-" + idSuffix);
        Span value = new Span(ScoreTexts.score(this, score));
        value.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        value.addClassName("px-score");
        Span coverage = new Span(ScoreTexts.coverage(this, score));
        coverage.addClassName("px-muted");
        tile.add(new H3(heading), value, new Div(coverage));
        if (footnote != null) {
            Span note = new Span(footnote);
            note.addClassName("px-muted");
            tile.add(new Div(note));
        }
        getContent().add(tile);
        return tile;
    }
}
