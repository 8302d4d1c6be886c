package io.pxportal.identity;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * RFC 6238 codes as every authenticator app makes them: SHA-1, six digits, 30-second steps. A code of the step
 * before or after now is accepted too (clocks drift), but never one of a step at or before the last one used.
 */
@Component
class TotpCodes {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;
    static final int RECOVERY_CODES = 10;
    private static final String ISSUER = "PX Portal";

    private final CodeGenerator generator = new DefaultCodeGenerator();
    private final Clock clock;

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    /** A new random secret, Base32 as apps expect it (160 bits). */
    String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /**
     * The time step the code belongs to, if it is the code of the current step or a neighbour and that step is later
     * than {@code lastUsedStep}; empty for a wrong, stale or replayed code.
     */
    OptionalLong verify(String secret, String code, long lastUsedStep) {
        if (secret == null || code == null || !code.strip().matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] given = code.strip().getBytes(StandardCharsets.US_ASCII);
        long now = currentStep();
        for (long step = now - 1; step <= now + 1; step++) {
            if (step > lastUsedStep
                    && MessageDigest.isEqual(given, codeAt(secret, step).getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    long currentStep() {
        return Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
    }

    String codeAt(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot compute a code", e);
        }
    }

    /** Ten new one-time recovery codes (16 characters, e.g. {@code tf8i-exmo-3lcb-slkm}), shown to the user once. */
    List<String> newRecoveryCodes() {
        return List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
    }

    /** How a recovery code is stored and compared: SHA-256 of the code without dashes, spaces or case. */
    static String recoveryHash(String code) {
        String normalised = code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The otpauth:// address an app reads from the QR code. */
    String uri(String username, String secret) {
        return data(username, secret).getUri();
    }

    /** The QR code of {@link #uri} as a PNG image. */
    byte[] qrPng(String username, String secret) {
        try {
            ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
            qr.setImageSize(240);
            return qr.generate(data(username, secret));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Cannot draw the QR code", e);
        }
    }

    private static QrData data(String username, String secret) {
        return new QrData.Builder()
                .label(username)
                .secret(secret)
                .issuer(ISSUER)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build();
    }
}
