package io.pxportal.portfolio;

import io.pxportal.identity.UserRef;
import java.util.List;
import java.util.Set;

/** A platform as lists and its editor show it; {@code editable} says whether the current user may change it. */
public record PlatformDetails(
        Long id,
        Long version,
        String name,
        VendorRef vendor,
        String product,
        String productVersion,
        Deployment deployment,
        Lifecycle lifecycle,
        Set<PlatformEnvironment> environments,
        Set<String> businessUnits,
        List<UserRef> owners,
        String notes,
        boolean editable) {}
