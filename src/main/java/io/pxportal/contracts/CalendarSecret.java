package io.pxportal.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret part of a calendar link: 43 base64url characters, 256 random bits. Only its SHA-256 is stored, as
 * for API tokens: a slow password hash adds nothing to 256 random bits, and the feed is looked up by the hash.
 */
record CalendarSecret(String value) {

    private static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    static CalendarSecret generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return new CalendarSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether a requested secret can be one of ours at all; saves a database look-up for garbage. */
    static boolean looksLikeOne(String secret) {
        return secret != null && FORMAT.matcher(secret).matches();
    }

    /** SHA-256 of the secret, as lower-case hex: what the database stores and is searched by. */
    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    String hash() {
        return hash(value);
    }

    @Override
    public String toString() {
        return "CalendarSecret[…]";
    }
}
