package io.pxportal.portfolio;

/** A platform for pickers and references from other modules: id and name. */
public record PlatformRef(Long id, String name) {}
