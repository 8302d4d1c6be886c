/**
 * Governance: the alert inbox (notice deadlines and term ends without a renewal decision, and more as modules
 * add producers), raised once per recipient and date by a daily scan that runs once per cluster. Steering
 * reviews, decisions and actions will live here too.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared::*", "identity", "portfolio", "contracts"})
package io.pxportal.governance;

import org.springframework.modulith.ApplicationModule;
