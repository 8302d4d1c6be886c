/**
 * Governance: the alert inbox (every module's {@code AlertSource}), raised once per recipient, date and stage by a
 * daily scan that runs once per cluster, with the platforms each alert concerns (the platform cards' alert line);
 * the audit trail view for auditors; steering reviews with their frozen agendas, decisions and actions, the
 * steering pack, and the PX metrics of the governance pillar (decision lead time, actions on time).
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "shared::*",
            "identity",
            "identity::events",
            "portfolio",
            "portfolio::ui",
            "exchange",
            "exchange::ui"
        })
package io.pxportal.governance;

import org.springframework.modulith.ApplicationModule;
