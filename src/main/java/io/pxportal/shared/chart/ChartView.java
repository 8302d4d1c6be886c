package io.pxportal.shared.chart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * A JFreeChart shown in the UI as inline SVG in the portal style; {@code altText} describes the chart for
 * screen readers.
 */
public class ChartView extends Composite<Div> {

    private final int width;
    private final int height;

    public ChartView(int width, int height) {
        this.width = width;
        this.height = height;
        getContent().addClassName("px-chart");
        getContent().getElement().setAttribute("role", "img");
    }

    /** Draws the chart, styled light or dark. */
    public void show(Supplier<JFreeChart> chart, boolean dark, String altText) {
        JFreeChart built = chart.get();
        ChartStyle.apply(built, dark);
        getContent().removeAll();
        getContent().add(new Svg(ChartRenderer.toSvg(built, width, height)));
        getContent().getElement().setAttribute("aria-label", altText);
    }
}
