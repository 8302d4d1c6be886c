package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Codes as RFC 6238 defines them, a step of clock drift either way, and no code accepted twice. */
class TotpCodesTest {

    /** The RFC 6238 test key "12345678901234567890" in Base32, as authenticator apps take it. */
    static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void the_code_is_the_one_of_rfc_6238s_test_vectors() {
        assertThat(at(59).verify(RFC_SECRET, "287082", 0)).hasValue(1);
        assertThat(at(1111111109).verify(RFC_SECRET, "081804", 0)).hasValue(37037036);
        assertThat(at(1234567890).verify(RFC_SECRET, "005924", 0)).hasValue(41152263);
    }

    @Test
    void a_code_of_the_step_before_or_after_is_accepted_but_not_two_steps_away() {
        TotpCodes codes = at(1111111109);
        long now = codes.currentStep();
        assertThat(codes.verify(RFC_SECRET, codes.codeAt(RFC_SECRET, now - 1), 0))
                .hasValue(now - 1);
        assertThat(codes.verify(RFC_SECRET, codes.codeAt(RFC_SECRET, now + 1), 0))
                .hasValue(now + 1);
        assertThat(codes.verify(RFC_SECRET, codes.codeAt(RFC_SECRET, now - 2), 0))
                .isEmpty();
        assertThat(codes.verify(RFC_SECRET, codes.codeAt(RFC_SECRET, now + 2), 0))
                .isEmpty();
    }

    @Test
    void a_code_already_used_or_older_than_the_last_used_one_is_refused() {
        TotpCodes codes = at(1111111109);
        long now = codes.currentStep();
        String current = codes.codeAt(RFC_SECRET, now);
        OptionalLong used = codes.verify(RFC_SECRET, current, 0);
        assertThat(used).hasValue(now);

        assertThat(codes.verify(RFC_SECRET, current, used.getAsLong()))
                .as("replayed")
                .isEmpty();
        assertThat(codes.verify(RFC_SECRET, codes.codeAt(RFC_SECRET, now - 1), now))
                .as("older")
                .isEmpty();
        assertThat(codes.verify(RFC_SECRET, codes.codeAt(RFC_SECRET, now + 1), now))
                .as("next")
                .hasValue(now + 1);
    }

    @Test
    void anything_but_six_digits_is_refused_without_error() {
        TotpCodes codes = at(59);
        assertThat(codes.verify(RFC_SECRET, null, 0)).isEmpty();
        assertThat(codes.verify(RFC_SECRET, "", 0)).isEmpty();
        assertThat(codes.verify(RFC_SECRET, "28708", 0)).isEmpty();
        assertThat(codes.verify(RFC_SECRET, "2870820", 0)).isEmpty();
        assertThat(codes.verify(RFC_SECRET, "28708a", 0)).isEmpty();
        assertThat(codes.verify(RFC_SECRET, " 287082 ", 0))
                .as("spaces around are forgiven")
                .hasValue(1);
    }

    @Test
    void new_secrets_are_160_bit_base32_and_the_qr_code_is_a_png_of_the_otpauth_address() {
        TotpCodes codes = at(59);
        String secret = codes.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(codes.newSecret());
        assertThat(codes.uri("olena", secret))
                .startsWith("otpauth://totp/")
                .contains("secret=" + secret)
                .contains("issuer=PX");
        byte[] png = codes.qrPng("olena", secret);
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void recovery_codes_are_ten_different_ones_compared_by_hash_without_dashes_spaces_or_case() {
        java.util.List<String> recovery = at(59).newRecoveryCodes();
        assertThat(recovery)
                .hasSize(10)
                .doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"));
        String code = recovery.getFirst();
        assertThat(TotpCodes.recoveryHash(code))
                .hasSize(64)
                .isEqualTo(TotpCodes.recoveryHash(
                        " " + code.toUpperCase(java.util.Locale.ROOT).replace("-", " ")))
                .isNotEqualTo(TotpCodes.recoveryHash(recovery.get(1)));
    }

    private static TotpCodes at(long epochSecond) {
        return new TotpCodes(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }
}
