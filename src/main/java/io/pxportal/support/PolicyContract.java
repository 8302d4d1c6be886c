package io.pxportal.support;

/** A contract the user may give an SLA policy, and whether one is already in force for it. */
public record PolicyContract(Long id, String number, String title, String currency, boolean covered) {}
