/**
 * Roadmap alignment: enterprise objectives with versioned weight sets, vendor roadmap items with their status
 * history, our requirements per platform, alignment ratings item × objective, and the scores that follow from
 * them — roadmap fit per platform, roadmap reliability, gaps and end-of-support risk (docs/scoring.md).
 * STEERING and admins change objectives and weights; a platform's owners change the items, requirements and
 * ratings that concern it; everyone logged in reads.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "shared::*",
            "identity",
            "portfolio",
            "portfolio::ui",
            "exchange",
            "exchange::ui"
        })
package io.pxportal.roadmap;

import org.springframework.modulith.ApplicationModule;
