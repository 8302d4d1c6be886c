package io.pxportal.identity;

/** A user as other modules see one: id, login name and a readable name. */
public record UserRef(Long id, String username, String displayName) {}
