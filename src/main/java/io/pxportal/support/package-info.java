/**
 * Support: SLA policies per contract (targets per severity on a business calendar or round the clock, pausing
 * statuses, uptime target, service-credit rules), vendor tickets with their status history, the SLA engine
 * (elapsed business time with pauses, met / breached / at risk), compliance and backlog, outages and uptime,
 * service credits with their claims, and the vendor scorecard. A platform's owners and admins change its tickets,
 * outages and credits; a policy follows its contract's ownership; everyone logged in reads.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "shared::*", "identity", "portfolio", "contracts", "exchange", "exchange::ui"})
package io.pxportal.support;

import org.springframework.modulith.ApplicationModule;
