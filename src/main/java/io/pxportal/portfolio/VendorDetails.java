package io.pxportal.portfolio;

import java.util.List;

/** A vendor with everything its editor shows. */
public record VendorDetails(
        Long id,
        Long version,
        String name,
        String country,
        String website,
        String accountManager,
        String notes,
        List<ContactData> contacts) {}
