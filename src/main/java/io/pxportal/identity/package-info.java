/**
 * Users, roles, login (with lock-out), the security configuration, personal preferences and the first-admin
 * setup. Other modules learn who is acting through {@link io.pxportal.identity.UserDirectory}.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared::*", "exchange", "exchange::ui"})
package io.pxportal.identity;

import org.springframework.modulith.ApplicationModule;
