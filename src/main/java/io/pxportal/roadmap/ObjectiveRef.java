package io.pxportal.roadmap;

/** An objective named in another record. */
public record ObjectiveRef(Long id, String code, String name) {}
