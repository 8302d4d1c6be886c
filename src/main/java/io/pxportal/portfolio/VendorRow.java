package io.pxportal.portfolio;

/** A vendor as lists show one. */
public record VendorRow(
        Long id,
        Long version,
        String name,
        String country,
        String website,
        String accountManager,
        long platformCount) {}
