package io.pxportal.experience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The default metric catalogue speaks the reader's language; a metric its owner renamed keeps the owner's name. */
class MetricNamesTest {

    private static final ResourceBundleMessageSource BUNDLES = new ResourceBundleMessageSource();

    static {
        BUNDLES.setBasenames("i18n/experience");
        BUNDLES.setDefaultEncoding(StandardCharsets.UTF_8.name());
        BUNDLES.setFallbackToSystemLocale(false);
    }

    private static Function<String, String> in(String language) {
        return key -> BUNDLES.getMessage(key, null, "!" + key, Locale.forLanguageTag(language));
    }

    @ParameterizedTest
    @CsvSource({"uk", "ru", "ar"})
    void every_default_metric_has_a_real_translation(String language) {
        for (MetricDefinition metric : CatalogueDefaults.draft().metrics()) {
            assertThat(metric.label(in(language)))
                    .as(metric.code() + " in " + language)
                    .doesNotStartWith("!")
                    .isNotEqualTo(metric.name());
            assertThat(metric.label(in("en"))).as("English is the default name").isEqualTo(metric.name());
        }
    }

    @Test
    void the_roadmap_fit_metric_reads_in_ukrainian() {
        MetricDefinition fit = CatalogueDefaults.draft().metrics().stream()
                .filter(m -> m.code().equals("px.roadmap-fit"))
                .findFirst()
                .orElseThrow();

        assertThat(fit.label(in("uk"))).isEqualTo("Відповідність дорожньої карти");
        assertThat(fit.unitLabel(in("uk"))).isEqualTo("бал");
    }

    @Test
    void a_renamed_metric_keeps_the_name_its_owner_gave_it() {
        MetricDefinition fit = CatalogueDefaults.draft().metrics().stream()
                .filter(m -> m.code().equals("px.roadmap-fit"))
                .findFirst()
                .orElseThrow();
        MetricDefinition renamed = new MetricDefinition(
                fit.code(),
                "Strategic fit of the vendor roadmap",
                fit.dimension(),
                fit.pillar(),
                "pts",
                fit.direction(),
                fit.floor(),
                fit.target(),
                fit.weight(),
                fit.source());

        assertThat(renamed.label(in("uk"))).isEqualTo("Strategic fit of the vendor roadmap");
        assertThat(renamed.unitLabel(in("uk"))).isEqualTo("pts");
    }
}
