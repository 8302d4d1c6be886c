package io.pxportal.identity;

import io.pxportal.shared.domain.DomainException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * What a new password must satisfy, after NIST SP 800-63B and OWASP ASVS 6.2: at least 12 characters, any
 * characters at all (Unicode, spaces), no rule about character classes, and not guessable — not on the bundled
 * list of breached passwords, not one character repeated or a straight run, not containing the login name.
 * The upper limit only guards the server; Argon2id has no 72-byte limit.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 1024;
    private static final int MIN_DISTINCT = 5;
    private static final String COMMON_LIST = "/identity/common-passwords.txt.gz";

    private PasswordPolicy() {}

    /** Refuses the password with the reason as a message key, or returns quietly. */
    static void check(String username, String password) {
        String normalized = password == null ? "" : Normalizer.normalize(password, Normalizer.Form.NFKC);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < MIN_LENGTH) {
            throw new DomainException("user.password.too-short", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new DomainException("user.password.too-long", MAX_LENGTH);
        }
        if (isRepetitive(normalized)) {
            throw new DomainException("user.password.repetitive");
        }
        String lower = normalized.toLowerCase(Locale.ROOT);
        if (username != null
                && !username.isBlank()
                && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            throw new DomainException("user.password.contains-username");
        }
        if (CommonPasswords.LIST.contains(lower)) {
            throw new DomainException("user.password.common");
        }
    }

    /** Blank, few distinct characters ("aaaaaaaaaaaa", "121212121212"), or a straight run ("abcdefghijkl"). */
    private static boolean isRepetitive(String password) {
        if (password.isBlank() || password.codePoints().distinct().count() < MIN_DISTINCT) {
            return true;
        }
        int[] points = password.codePoints().toArray();
        int step = points[1] - points[0];
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < points.length; i++) {
            if (points[i] - points[i - 1] != step) {
                return false;
            }
        }
        return true;
    }

    /** Loaded on first use: the passwords of 12 characters and more from the bundled list, lower-cased, NFKC. */
    private static final class CommonPasswords {

        static final Set<String> LIST = load();

        private static Set<String> load() {
            try (InputStream raw = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
                if (raw == null) {
                    throw new IllegalStateException("Missing " + COMMON_LIST);
                }
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
                return reader.lines().filter(line -> !line.isEmpty()).collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
