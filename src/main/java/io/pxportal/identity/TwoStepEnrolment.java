package io.pxportal.identity;

/**
 * A secret offered for two-step sign-in, shown once: the QR code an authenticator app scans (PNG), the same
 * otpauth:// address, and the secret for typing in by hand.
 */
public record TwoStepEnrolment(String secret, String uri, byte[] qrPng) {}
