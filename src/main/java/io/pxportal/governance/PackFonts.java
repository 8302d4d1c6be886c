package io.pxportal.governance;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts of the steering pack: DejaVu Sans (regular and bold), shipped in {@code fonts/dejavu} with its
 * licence, because it has the Latin, Cyrillic and Arabic glyphs (Arabic presentation forms included) of all four
 * UI languages. Embedded (subset) in every PDF; registered with AWT for the charts, which the pack draws as shapes.
 * Loaded once per JVM.
 */
final class PackFonts {

    /** The AWT family name the charts use. */
    static final String FAMILY = "DejaVu Sans";

    private static final PackFonts INSTANCE = new PackFonts();

    final BaseFont regular;
    final BaseFont bold;

    private PackFonts() {
        byte[] regularTtf = read("DejaVuSans.ttf");
        byte[] boldTtf = read("DejaVuSans-Bold.ttf");
        try {
            regular = BaseFont.createFont(
                    "DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, regularTtf, null);
            bold = BaseFont.createFont(
                    "DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, boldTtf, null);
            GraphicsEnvironment awt = GraphicsEnvironment.getLocalGraphicsEnvironment();
            awt.registerFont(java.awt.Font.createFont(
                    java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(regularTtf)));
            awt.registerFont(
                    java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(boldTtf)));
        } catch (IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException("The steering pack's fonts cannot be read", e);
        }
    }

    static PackFonts get() {
        return INSTANCE;
    }

    private static byte[] read(String file) {
        try (InputStream in = PackFonts.class.getResourceAsStream("/fonts/dejavu/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing font fonts/dejavu/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
