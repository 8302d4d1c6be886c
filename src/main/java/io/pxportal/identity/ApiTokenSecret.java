package io.pxportal.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of a personal API token: {@code pxp_} and 43 base64url characters (256 random bits). The marker
 * makes a leaked token recognisable (log scrubbers, secret scanners); only its SHA-256 is stored — a slow
 * password hash would add nothing to 256 random bits but cost time on every API request.
 */
record ApiTokenSecret(String value) {

    static final String MARKER = "pxp_";
    /** How much of the secret stays visible so people can tell their tokens apart: the marker and 8 characters. */
    static final int VISIBLE_LENGTH = MARKER.length() + 8;

    private static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("pxp_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    static ApiTokenSecret generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return new ApiTokenSecret(
                MARKER + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether a presented bearer token can be one of ours at all; saves a database look-up for garbage. */
    static boolean looksLikeOne(String token) {
        return token != null && FORMAT.matcher(token).matches();
    }

    /** SHA-256 of the token text, as lower-case hex: what the database stores and is searched by. */
    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    String hash() {
        return hash(value);
    }

    String prefix() {
        return value.substring(0, VISIBLE_LENGTH);
    }

    @Override
    public String toString() {
        return prefix() + "…";
    }
}
