/**
 * The contract between the experience module and the modules whose data yields PX metrics. A module that can
 * measure part of the Product Owner Experience (contracts: renewal readiness; licensing: usage coverage,
 * compliance exposure, shelfware; and later finance, support, roadmap, governance) declares a
 * {@link io.pxportal.shared.metric.DerivedMetricSource} bean. The experience module asks the sources for the metric
 * codes its catalogue marks as derived; a code no source provides is shown as "no data", never invented. So
 * experience depends on no feature module for its derived metrics, and those modules not on experience.
 *
 * <p>It also holds the portal's one scoring formula, {@link io.pxportal.shared.metric.Scoring} and
 * {@link io.pxportal.shared.metric.WeightedMean}: the experience scores and support's vendor scorecard both score a
 * value between floor and target and weigh the scores with it.
 */
package io.pxportal.shared.metric;
