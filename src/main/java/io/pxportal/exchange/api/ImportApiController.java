package io.pxportal.exchange.api;

import io.pxportal.exchange.ImportOptions;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportService;
import io.pxportal.exchange.ImportTypeInfo;
import io.pxportal.shared.api.ApiController;
import io.pxportal.shared.domain.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@ApiController
@RequestMapping("/api/v1/import")
@Tag(name = "Import", description = "CSV/XLSX files or JSON rows, checked row by row and written all or nothing: "
        + "a single invalid row rejects the whole request (422, with every error), and re-importing the same "
        + "data changes nothing. Records are matched by their natural key (e.g. vendor name).")
class ImportApiController {

    private final ImportService imports;

    ImportApiController(ImportService imports) {
        this.imports = imports;
    }

    @GetMapping("/types")
    @Operation(summary = "The record types the caller may import, with their columns")
    List<ImportTypeInfo> types() {
        return imports.importableTypes();
    }

    @PostMapping(value = "/{type}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a CSV or XLSX file", description = "Headers are matched by column name, label "
            + "(any UI language) or alias; see docs/import.md for the columns of each type.")
    ImportOutcome importFile(
            @PathVariable String type,
            @Parameter(description = "The file: .csv, .txt, .tsv or .xlsx") @RequestParam MultipartFile file,
            @Parameter(description = "Text encoding of a CSV file", example = "windows-1251")
            @RequestParam(defaultValue = "UTF-8") String charset,
            @Parameter(description = "How the file writes dates and numbers (BCP 47)", example = "uk-UA")
            @RequestParam(defaultValue = "en-GB") String locale) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return imports.importNow(type, file.getOriginalFilename(), in, options(charset, locale));
        }
    }

    @PostMapping(value = "/{type}/rows", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Bulk upsert rows given as JSON objects", description = "Each object maps column names "
            + "(as in the file import) to values; numbers may be JSON numbers, lists JSON arrays. Row numbers in "
            + "errors count from 1.")
    ImportOutcome importRows(@PathVariable String type, @RequestBody List<Map<String, Object>> rows,
                             @RequestParam(defaultValue = "en-GB") String locale) {
        return imports.importRows(type, List.copyOf(rows), options("UTF-8", locale));
    }

    private static ImportOptions options(String charset, String locale) {
        try {
            return new ImportOptions(Charset.forName(charset), Locale.forLanguageTag(locale));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new DomainException("import.charset.unknown", charset);
        }
    }
}
