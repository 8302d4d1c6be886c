/**
 * The alert inbox's contract with the modules: each module that raises alerts provides an
 * {@link io.pxportal.shared.alert.AlertSource}; the governance module owns the inbox and the scan.
 */
package io.pxportal.shared.alert;
