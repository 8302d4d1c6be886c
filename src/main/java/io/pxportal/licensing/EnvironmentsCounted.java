package io.pxportal.licensing;

/**
 * Which environments an entitlement counts, as files and the history name it (the entitlement itself keeps a
 * yes/no): production only, or every environment.
 */
enum EnvironmentsCounted {
    PRODUCTION_ONLY,
    ALL;

    static EnvironmentsCounted of(boolean nonProductionCounts) {
        return nonProductionCounts ? ALL : PRODUCTION_ONLY;
    }
}
