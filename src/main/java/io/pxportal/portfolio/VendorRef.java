package io.pxportal.portfolio;

/** A vendor for pickers: id and name. */
public record VendorRef(Long id, String name) {}
