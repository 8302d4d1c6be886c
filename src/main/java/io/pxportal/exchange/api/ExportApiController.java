package io.pxportal.exchange.api;

import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.FileFormat;
import io.pxportal.shared.api.ApiController;
import io.pxportal.shared.domain.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController
@RequestMapping("/api/v1/export")
@Tag(
        name = "Export",
        description = "Every record of a type in its import layout (it imports back unchanged), "
                + "or an empty template; streamed to the response, so any size works. Headers are in the "
                + "Accept-Language language; the import reads them in any.")
class ExportApiController {

    private final ExportService exports;

    ExportApiController(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/{type}")
    @Operation(summary = "All records of a type as CSV or XLSX")
    void all(
            @PathVariable String type,
            @Parameter(description = "csv or xlsx") @RequestParam(defaultValue = "csv") String format,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        FileFormat fileFormat = format(format);
        prepare(response, type + fileFormat.extension(), fileFormat);
        exports.writeAll(type, fileFormat, locale, response.getOutputStream());
    }

    @GetMapping("/{type}/template")
    @Operation(summary = "A template: the headers and one example row")
    void template(
            @PathVariable String type,
            @RequestParam(defaultValue = "csv") String format,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        FileFormat fileFormat = format(format);
        prepare(response, type + "-template" + fileFormat.extension(), fileFormat);
        exports.writeTemplate(type, fileFormat, locale, response.getOutputStream());
    }

    private static FileFormat format(String format) {
        for (FileFormat known : FileFormat.values()) {
            if (known.name().equalsIgnoreCase(format)) {
                return known;
            }
        }
        // Answering CSV to "pdf" would hand the client a file it did not ask for.
        throw new DomainException("api.export.format.invalid", format);
    }

    private static void prepare(HttpServletResponse response, String fileName, FileFormat format) {
        response.setContentType(format.contentType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
    }
}
