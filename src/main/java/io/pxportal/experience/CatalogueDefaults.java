package io.pxportal.experience;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The catalogue a new portal starts with: the product's default weights (TX: CX 30, EX 25, PX 25, UX 10, MX 10; PX: the
 * four pillars equally), its derived PX metrics, the PO pulse survey, and CCM defaults for CX and EX
 * (floors and targets assumed from published communication metrics; every figure is editable).
 */
final class CatalogueDefaults {

    static final String NOTE = "Defaults (the product's weights; CCM CX and EX defaults)";

    /** The unit words of the defaults that are translated; symbols such as "%" and "1–5" read alike in every language. */
    static final java.util.Set<String> UNITS = java.util.Set.of("days", "tickets", "score");

    private static final Map<String, String> NAMES = draft().metrics().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(MetricDefinition::code, MetricDefinition::name));

    private CatalogueDefaults() {}

    /** The default metrics' English names by code: a metric still so named is shown translated. */
    static Map<String, String> names() {
        return NAMES;
    }

    static CatalogueDraft draft() {
        return new CatalogueDraft(
                0,
                NOTE,
                Map.of(
                        Dimension.CX,
                        d("30"),
                        Dimension.EX,
                        d("25"),
                        Dimension.PX,
                        d("25"),
                        Dimension.UX,
                        d("10"),
                        Dimension.MX,
                        d("10")),
                Map.of(
                        Pillar.COST,
                        d("25"),
                        Pillar.SUPPORT,
                        d("25"),
                        Pillar.ROADMAP,
                        d("25"),
                        Pillar.GOVERNANCE,
                        d("25")),
                List.of(
                        // CX: do our communications create value for customers?
                        m(
                                "cx.on-time-delivery",
                                "On-time delivery of communications",
                                Dimension.CX,
                                null,
                                "%",
                                "95",
                                "99.5",
                                "25",
                                MetricSource.IMPORTED),
                        m(
                                "cx.error-rate",
                                "Reprint / error rate",
                                Dimension.CX,
                                null,
                                "%",
                                "2",
                                "0.1",
                                "20",
                                MetricSource.IMPORTED),
                        m(
                                "cx.complaints",
                                "Complaints per 10,000 communications",
                                Dimension.CX,
                                null,
                                "/10k",
                                "10",
                                "1",
                                "20",
                                MetricSource.MANUAL),
                        m(
                                "cx.digital-adoption",
                                "Digital adoption",
                                Dimension.CX,
                                null,
                                "%",
                                "20",
                                "80",
                                "15",
                                MetricSource.IMPORTED),
                        m(
                                "cx.csat",
                                "CSAT of communications",
                                Dimension.CX,
                                null,
                                "%",
                                "60",
                                "90",
                                "15",
                                MetricSource.IMPORTED),
                        m(
                                "cx.survey.customer-value",
                                "PO pulse: communications create value for customers",
                                Dimension.CX,
                                null,
                                "1–5",
                                "1",
                                "5",
                                "5",
                                MetricSource.SURVEY),
                        // EX: do our teams like working with the platform?
                        m(
                                "ex.authoring-satisfaction",
                                "Business-user satisfaction with the authoring tools",
                                Dimension.EX,
                                null,
                                "1–5",
                                "2",
                                "4.5",
                                "35",
                                MetricSource.IMPORTED),
                        m(
                                "ex.template-lead-time",
                                "Template change lead time",
                                Dimension.EX,
                                null,
                                "days",
                                "30",
                                "5",
                                "30",
                                MetricSource.MANUAL),
                        m(
                                "ex.self-service",
                                "Share of changes done without IT",
                                Dimension.EX,
                                null,
                                "%",
                                "10",
                                "70",
                                "30",
                                MetricSource.MANUAL),
                        m(
                                "ex.survey.team-experience",
                                "PO pulse: teams like working with the platform",
                                Dimension.EX,
                                null,
                                "1–5",
                                "1",
                                "5",
                                "5",
                                MetricSource.SURVEY),
                        // UX and MX of the communications themselves.
                        m(
                                "ux.accessibility",
                                "Templates passing accessibility checks",
                                Dimension.UX,
                                null,
                                "%",
                                "50",
                                "100",
                                "50",
                                MetricSource.MANUAL),
                        m(
                                "ux.readability",
                                "Plain-language readability score",
                                Dimension.UX,
                                null,
                                "score",
                                "40",
                                "70",
                                "50",
                                MetricSource.MANUAL),
                        m(
                                "mx.channel-coverage",
                                "Communication types available in two or more channels",
                                Dimension.MX,
                                null,
                                "%",
                                "20",
                                "90",
                                "50",
                                MetricSource.MANUAL),
                        m(
                                "mx.single-source",
                                "Templates shared across channels",
                                Dimension.MX,
                                null,
                                "%",
                                "30",
                                "90",
                                "50",
                                MetricSource.MANUAL),
                        // PX 1: clear cost and licensing.
                        m(
                                "px.budget-variance",
                                "Budget variance (absolute)",
                                Dimension.PX,
                                Pillar.COST,
                                "%",
                                "15",
                                "0",
                                "25",
                                MetricSource.DERIVED),
                        m(
                                "px.usage-coverage",
                                "Entitlements with measured usage",
                                Dimension.PX,
                                Pillar.COST,
                                "%",
                                "50",
                                "100",
                                "20",
                                MetricSource.DERIVED),
                        m(
                                "px.compliance-exposure",
                                "Compliance exposure (share of entitled value)",
                                Dimension.PX,
                                Pillar.COST,
                                "%",
                                "10",
                                "0",
                                "20",
                                MetricSource.DERIVED),
                        m(
                                "px.shelfware",
                                "Shelfware (share of entitled value)",
                                Dimension.PX,
                                Pillar.COST,
                                "%",
                                "40",
                                "5",
                                "15",
                                MetricSource.DERIVED),
                        m(
                                "px.survey.cost",
                                "PO pulse: clear cost and licensing",
                                Dimension.PX,
                                Pillar.COST,
                                "1–5",
                                "1",
                                "5",
                                "20",
                                MetricSource.SURVEY),
                        // PX 2: predictable support and vendor transparency.
                        m(
                                "px.sla-response",
                                "SLA response compliance",
                                Dimension.PX,
                                Pillar.SUPPORT,
                                "%",
                                "70",
                                "98",
                                "25",
                                MetricSource.DERIVED),
                        m(
                                "px.sla-resolution",
                                "SLA resolution compliance",
                                Dimension.PX,
                                Pillar.SUPPORT,
                                "%",
                                "60",
                                "95",
                                "25",
                                MetricSource.DERIVED),
                        m(
                                "px.aged-backlog",
                                "Vendor tickets open over 30 days",
                                Dimension.PX,
                                Pillar.SUPPORT,
                                "tickets",
                                "10",
                                "0",
                                "15",
                                MetricSource.DERIVED),
                        m(
                                "px.survey.support",
                                "PO pulse: predictable support",
                                Dimension.PX,
                                Pillar.SUPPORT,
                                "1–5",
                                "1",
                                "5",
                                "20",
                                MetricSource.SURVEY),
                        m(
                                "px.survey.vendor-partner",
                                "PO pulse: the vendor is a strategic partner",
                                Dimension.PX,
                                Pillar.SUPPORT,
                                "1–5",
                                "1",
                                "5",
                                "15",
                                MetricSource.SURVEY),
                        // PX 3: roadmap aligned with enterprise strategy.
                        m(
                                "px.roadmap-fit",
                                "Roadmap fit",
                                Dimension.PX,
                                Pillar.ROADMAP,
                                "score",
                                "30",
                                "85",
                                "40",
                                MetricSource.DERIVED),
                        m(
                                "px.roadmap-reliability",
                                "Roadmap items delivered in their committed quarter",
                                Dimension.PX,
                                Pillar.ROADMAP,
                                "%",
                                "40",
                                "90",
                                "35",
                                MetricSource.DERIVED),
                        m(
                                "px.survey.roadmap",
                                "PO pulse: roadmap aligned with strategy",
                                Dimension.PX,
                                Pillar.ROADMAP,
                                "1–5",
                                "1",
                                "5",
                                "25",
                                MetricSource.SURVEY),
                        // PX 4: governance that enables.
                        m(
                                "px.renewal-readiness",
                                "Renewal decisions 30 days before the notice deadline",
                                Dimension.PX,
                                Pillar.GOVERNANCE,
                                "%",
                                "0",
                                "100",
                                "30",
                                MetricSource.DERIVED),
                        m(
                                "px.decision-lead-time",
                                "Decision lead time",
                                Dimension.PX,
                                Pillar.GOVERNANCE,
                                "days",
                                "60",
                                "10",
                                "20",
                                MetricSource.DERIVED),
                        m(
                                "px.on-time-actions",
                                "Steering actions closed on time",
                                Dimension.PX,
                                Pillar.GOVERNANCE,
                                "%",
                                "50",
                                "95",
                                "25",
                                MetricSource.DERIVED),
                        m(
                                "px.survey.governance",
                                "PO pulse: governance that enables",
                                Dimension.PX,
                                Pillar.GOVERNANCE,
                                "1–5",
                                "1",
                                "5",
                                "25",
                                MetricSource.SURVEY)));
    }

    private static MetricDefinition m(
            String code,
            String name,
            Dimension dimension,
            Pillar pillar,
            String unit,
            String floor,
            String target,
            String weight,
            MetricSource source) {
        Direction direction =
                d(target).compareTo(d(floor)) > 0 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
        return new MetricDefinition(
                code, name, dimension, pillar, unit, direction, d(floor), d(target), d(weight), source);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
