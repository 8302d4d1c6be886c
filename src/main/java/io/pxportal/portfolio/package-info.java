/**
 * The CCM portfolio: vendors (with contacts and account manager) and the platforms the enterprise runs
 * (product, version, deployment, environments, business units, lifecycle, owners). Most other modules hang
 * their records off a platform.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared::*", "identity", "exchange", "exchange::ui"})
package io.pxportal.portfolio;

import org.springframework.modulith.ApplicationModule;
