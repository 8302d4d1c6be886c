/**
 * Governance: the alert inbox (notice deadlines and term ends without a renewal decision, and more as modules
 * add producers), raised once per recipient and date by a daily scan that runs once per cluster; the audit trail
 * view for auditors. Steering reviews, decisions and actions will live here too.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared::*", "identity", "portfolio", "contracts", "exchange",
        "exchange::ui"})
package io.pxportal.governance;

import org.springframework.modulith.ApplicationModule;
