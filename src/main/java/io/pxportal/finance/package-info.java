/**
 * Finance: cost lines (actual and committed, in any ISO 4217 currency), budgets per platform, fiscal year and
 * category, FX rates per month and one reporting currency, the forecast of recurring contract costs from the
 * contracts' uplift clauses, the true-up risk from the licence positions, cost per communication and total cost of
 * ownership. FINANCE and ADMIN change figures; product owners see (and change) their own platforms' costs only when
 * the finance settings allow it; everyone else with a role reads.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "shared::*",
            "portfolio",
            "portfolio::ui",
            "contracts",
            "licensing",
            "support",
            "exchange",
            "exchange::ui"
        })
package io.pxportal.finance;

import org.springframework.modulith.ApplicationModule;
