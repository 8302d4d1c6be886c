/**
 * Contracts with vendors and the renewal engine: current term, notice deadline and next renewal for any date,
 * each explained in words. Contracts hang off platforms; a platform's owners and admins change them.
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
package io.pxportal.contracts;

import org.springframework.modulith.ApplicationModule;
