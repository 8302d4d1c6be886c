/**
 * Licensing: entitlements (the lines of a contract: product, licence metric, quantity, prices, term), usage
 * measurements per environment, and the effective licence position of each entitlement on any date — entitled vs
 * consumed, compliance exposure, shelfware and, for volume metrics, the year-end forecast. A platform's owners and
 * admins change entitlements and measurements; everyone logged in reads them.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "shared::*",
            "portfolio",
            "portfolio::ui",
            "contracts",
            "exchange",
            "exchange::ui"
        })
package io.pxportal.licensing;

import org.springframework.modulith.ApplicationModule;
