package io.pxportal.experience.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.pxportal.experience.MetricScore;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** The top three drivers of a score: the metrics that cost it the most points, each opening its provenance. */
class DriversPanel extends Composite<Div> {

    DriversPanel(
            String id,
            String title,
            List<MetricScore> drivers,
            Function<MetricScore, BigDecimal> lost,
            Consumer<MetricScore> open) {
        Div content = getContent();
        content.setId(id);
        content.addClassName("px-panel");
        content.add(new H3(title));
        if (drivers.isEmpty()) {
            content.add(new Paragraph(getTranslation("experience.drivers.none")));
        }
        int i = 0;
        for (MetricScore m : drivers.stream().limit(3).toList()) {
            Button driver = new Button(
                    m.metric().label(this::getTranslation) + " — " + ScoreTexts.lost(this, lost.apply(m)),
                    click -> open.accept(m));
            driver.setId(id + "-" + i++);
            driver.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            content.add(new Div(driver));
        }
    }
}
