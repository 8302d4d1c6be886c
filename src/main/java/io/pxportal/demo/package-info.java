/**
 * Demo profile only: the demo seeding that joins modules. Each module seeds its own demo records; what links one
 * module's demo records to another's (a steering decision to the contract it is about) is looked up here, so that
 * no module depends on another only for its demo data.
 */
@ApplicationModule(allowedDependencies = {"governance", "contracts"})
package io.pxportal.demo;

import org.springframework.modulith.ApplicationModule;
