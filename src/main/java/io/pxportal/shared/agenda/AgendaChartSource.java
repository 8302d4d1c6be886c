package io.pxportal.shared.agenda;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Optional companion of an {@link AgendaSource}: draws charts for its section in the steering pack (and wherever
 * else a review is shown). Charts are drawn from the section's items as the review shows them — live while the
 * review is planned, the frozen figures once it has closed — never from the current records, so a closed review's
 * charts stay what the committee saw. A section without a chart source is shown as items and figures only.
 */
public interface AgendaChartSource {

    /** The agenda section these charts belong to, the {@link AgendaSource#section()} they illustrate. */
    String section();

    /** The charts for the section's items, in the given language; none when the items give nothing to draw. */
    List<AgendaChart> charts(List<AgendaItem> items, Context context);

    /**
     * What a chart needs besides the items: the reader's locale, a translation of message keys in that locale,
     * and the names of the review's platforms by id.
     */
    record Context(Locale locale, Function<String, String> translate, Map<Long, String> platformNames) {

        public Context {
            platformNames = Map.copyOf(platformNames);
        }

        public String platformName(Long platformId) {
            return platformId == null ? "" : platformNames.getOrDefault(platformId, "#" + platformId);
        }
    }
}
