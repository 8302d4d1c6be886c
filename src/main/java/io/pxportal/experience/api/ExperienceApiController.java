package io.pxportal.experience.api;

import io.pxportal.experience.Catalogue;
import io.pxportal.experience.CatalogueService;
import io.pxportal.experience.ObservationDraft;
import io.pxportal.experience.ObservationFilter;
import io.pxportal.experience.ObservationOrigin;
import io.pxportal.experience.ObservationService;
import io.pxportal.experience.ObservationView;
import io.pxportal.experience.Quarter;
import io.pxportal.experience.ScoreService;
import io.pxportal.experience.Scorecard;
import io.pxportal.shared.api.ApiBodies;
import io.pxportal.shared.api.ApiController;
import io.pxportal.shared.api.ApiPage;
import io.pxportal.shared.api.ApiPageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController
@RequestMapping("/api/v1/experience")
@Tag(
        name = "Experience",
        description = "Metric observations per platform and quarter, the scores computed from "
                + "them (TX, dimensions, PX pillars, metrics with points lost) and the catalogue. Everyone reads; an admin or "
                + "the platform's owners push observations.")
class ExperienceApiController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("period", "period");
        SORTABLE.put("metric", "metricCode");
    }

    private final ObservationService observations;
    private final ScoreService scores;
    private final CatalogueService catalogues;
    private final Clock clock;

    ExperienceApiController(
            ObservationService observations, ScoreService scores, CatalogueService catalogues, Clock clock) {
        this.clock = clock;
        this.observations = observations;
        this.scores = scores;
        this.catalogues = catalogues;
    }

    /** An observation as the API shows it. */
    record ObservationResource(
            Long id,
            Long platformId,
            String platform,
            String metric,
            String period,
            BigDecimal value,
            String note,
            ObservationOrigin origin) {}

    /** An observation as a client pushes it: the platform by id, the quarter as 2026-Q3. */
    record ObservationInput(Long platformId, String metric, String period, BigDecimal value, String note) {}

    /** How many pushed values changed something (identical ones are left alone). */
    record PushResult(int received, int written) {}

    /** A platform's scores for a quarter. */
    record ScoreResource(Long platformId, String period, Scorecard scorecard) {}

    @GetMapping("/observations")
    @Operation(
            summary = "One page of observations",
            description = "Filtered by platform, quarter and part of "
                    + "the metric code; sorted by period unless `sort` says otherwise.")
    ApiPage<ObservationResource> list(
            @Parameter(description = "Only this platform") @RequestParam(required = false) Long platformId,
            @Parameter(description = "Only this quarter, e.g. 2026-Q3") @RequestParam(required = false) String period,
            @Parameter(description = "Part of a metric code") @RequestParam(required = false) String metric,
            @ParameterObject ApiPageParams paging,
            @Parameter(description = "`period` or `metric`, optionally `,desc`") @RequestParam(required = false)
                    List<String> sort) {
        var request = paging.request(sort, SORTABLE, Sort.by("period"));
        ObservationFilter filter =
                new ObservationFilter(platformId, period == null ? null : Quarter.parse(period), metric);
        return ApiPage.of(
                observations.page(filter, request).stream()
                        .map(ExperienceApiController::resource)
                        .toList(),
                paging.page(),
                paging.size(),
                observations.count(filter));
    }

    @PostMapping("/observations")
    @Operation(
            summary = "Push observations",
            description = "Creates or replaces values by platform, metric and "
                    + "quarter, all or nothing. Admins, and product owners for platforms they own; derived and survey "
                    + "metrics are refused.")
    PushResult push(@RequestBody List<ObservationInput> inputs) {
        List<ObservationDraft> drafts = ApiBodies.withoutNulls(inputs).stream()
                .map(i -> new ObservationDraft(
                        i.platformId(),
                        i.metric(),
                        i.period() == null ? null : Quarter.parse(i.period()),
                        i.value(),
                        i.note(),
                        null))
                .toList();
        return new PushResult(drafts.size(), observations.push(drafts, ObservationOrigin.API));
    }

    @GetMapping("/scores")
    @Operation(
            summary = "A platform's scores",
            description = "TX, dimensions and PX pillars with coverage, every "
                    + "metric with its value, score and points lost, for `period` (the current quarter if left out).")
    ScoreResource scores(
            @Parameter(description = "The platform") @RequestParam Long platformId,
            @Parameter(description = "The quarter, e.g. 2026-Q3") @RequestParam(required = false) String period) {
        Quarter quarter = period == null ? Quarter.of(LocalDate.now(clock)) : Quarter.parse(period);
        return new ScoreResource(platformId, quarter.toString(), scores.scorecard(platformId, quarter));
    }

    @GetMapping("/catalogue")
    @Operation(
            summary = "The metric catalogue",
            description = "The version in force for `period` (the newest if "
                    + "left out): metrics with floor, target, weight and source, and the dimension and pillar weights.")
    Catalogue catalogue(
            @Parameter(description = "A quarter, e.g. 2025-Q4") @RequestParam(required = false) String period) {
        return period == null ? catalogues.current() : catalogues.forPeriod(Quarter.parse(period));
    }

    private static ObservationResource resource(ObservationView o) {
        return new ObservationResource(
                o.id(),
                o.platform() == null ? null : o.platform().id(),
                o.platform() == null ? null : o.platform().name(),
                o.metricCode(),
                o.period().toString(),
                o.value(),
                o.note(),
                o.origin());
    }
}
