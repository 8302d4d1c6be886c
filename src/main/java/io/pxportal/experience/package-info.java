/**
 * Experience scorecards: the metric catalogue (CX, EX, UX, MX and PX with its four pillars; versioned, so a past
 * period keeps the catalogue it was scored with), observations per platform and quarter, the PO pulse survey
 * (shown only above an anonymity threshold), derived PX metrics from other modules through
 * {@link io.pxportal.shared.metric.DerivedMetricSource}, and the scores: metric, pillar, dimension (with
 * coverage), Total Experience, drivers and provenance. The scorecard also opens every steering review's agenda
 * ({@link io.pxportal.shared.agenda.AgendaSource}) with a radar in the steering pack. Formulas: docs/scoring.md.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared::*", "portfolio", "exchange", "exchange::ui"})
package io.pxportal.experience;

import org.springframework.modulith.ApplicationModule;
