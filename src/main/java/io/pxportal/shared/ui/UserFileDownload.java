package io.pxportal.shared.ui;

import com.vaadin.flow.server.streams.DownloadEvent;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * How a file someone uploaded goes back to a browser: always as an attachment, never displayed in the portal's
 * origin (an uploaded HTML page would otherwise run as the portal); with its name in RFC 6266 form, so quotes,
 * line breaks and non-Latin letters cannot break the header; {@code nosniff}; and with the uploaded content type
 * only when it is one of a few passive types, else {@code application/octet-stream}.
 */
public final class UserFileDownload {

    /** Types a browser shows or saves without running anything; anything else is served as bytes. */
    private static final Set<String> PASSIVE_TYPES = Set.of(
            "application/pdf",
            "text/plain",
            "text/csv",
            "image/png",
            "image/jpeg",
            "image/gif",
            "application/zip",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet");

    private UserFileDownload() {}

    /** Sets the headers of the download; call before writing to the event's output stream. */
    public static void prepare(DownloadEvent event, String fileName, String contentType) {
        // Set before Vaadin's own setFileName would write an unescaped name, which it then leaves alone.
        event.getResponse().setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName));
        event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
        event.setContentType(safeContentType(contentType));
    }

    /** {@code attachment; filename="…"; filename*=UTF-8''…}, with control characters taken out of the name. */
    public static String contentDisposition(String fileName) {
        String name =
                fileName == null ? "" : fileName.replaceAll("\\p{Cntrl}", "").strip();
        return ContentDisposition.attachment()
                .filename(name.isEmpty() ? "download" : name, StandardCharsets.UTF_8)
                .build()
                .toString();
    }

    /** The uploaded type if it is passive, else {@code application/octet-stream}. */
    public static String safeContentType(String contentType) {
        if (contentType != null) {
            try {
                MediaType type = MediaType.parseMediaType(contentType);
                String plain = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
                if (PASSIVE_TYPES.contains(plain)) {
                    return plain;
                }
            } catch (IllegalArgumentException malformed) {
                // falls through to bytes
            }
        }
        return MediaType.APPLICATION_OCTET_STREAM_VALUE;
    }
}
