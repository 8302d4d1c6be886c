package io.pxportal.identity;

import java.util.Locale;

/** How to reach a user: e-mail (may be null) and the language they chose. */
public record UserContact(String username, String displayName, String email, Locale locale) {}
