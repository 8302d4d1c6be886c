/**
 * The shared kernel: roles, domain errors, audit revisions, i18n, the UI shell and the chart style.
 * Every module may use it; it knows no feature module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.pxportal.shared;

import org.springframework.modulith.ApplicationModule;
