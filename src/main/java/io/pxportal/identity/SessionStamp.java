package io.pxportal.identity;

/** A user's enabled state and stamps as stored now. */
record SessionStamp(boolean enabled, long rightsStamp, long passwordStamp) {}
