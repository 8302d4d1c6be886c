package io.pxportal.exchange.api;

import io.pxportal.exchange.DirectImport;
import io.pxportal.exchange.ImportOptions;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportTypeInfo;
import io.pxportal.exchange.ImportWizard;
import io.pxportal.shared.api.ApiBodies;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@ApiController
@RequestMapping("/api/v1/import")
@Tag(
        name = "Import",
        description = "CSV/XLSX files or JSON rows, checked row by row and written all or nothing: "
                + "a single invalid row rejects the whole request (422, with every error), and re-importing the same "
                + "data changes nothing. Records are matched by their natural key (e.g. vendor name).")
class ImportApiController {

    private static final String VALUE_PREFIX = "value.";

    private final ImportWizard wizard;
    private final DirectImport imports;

    ImportApiController(ImportWizard wizard, DirectImport imports) {
        this.wizard = wizard;
        this.imports = imports;
    }

    @GetMapping("/types")
    @Operation(summary = "The record types the caller may import, with their columns")
    List<ImportTypeInfo> types() {
        return wizard.importableTypes();
    }

    @PostMapping(value = "/{type}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a CSV or XLSX file",
            description = "Headers are matched by column name, label "
                    + "(any UI language) or alias; see docs/import.md for the columns of each type. A column the file does "
                    + "not have can be given one value for every row with a parameter `value.<column>` (e.g. "
                    + "`value.platform=Exstream Statements` for a vendor portal's ticket export), checked like a cell. "
                    + "Rows that repeat an earlier row exactly are imported once and listed under `repeated`.")
    ImportOutcome importFile(
            @PathVariable String type,
            @Parameter(description = "The file: .csv, .txt, .tsv or .xlsx") @RequestParam MultipartFile file,
            @Parameter(description = "Text encoding of a CSV file", example = "windows-1251")
                    @RequestParam(defaultValue = "UTF-8")
                    String charset,
            @Parameter(description = "How the file writes dates and numbers (BCP 47)", example = "uk-UA")
                    @RequestParam(defaultValue = "en-GB")
                    String locale,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return imports.importNow(
                    type,
                    file.getOriginalFilename(),
                    in,
                    options(charset, locale).withValues(values(parameters)));
        }
    }

    @PostMapping(value = "/{type}/rows", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Bulk upsert rows given as JSON objects",
            description = "Each object maps column names "
                    + "(as in the file import) to values; numbers may be JSON numbers, lists JSON arrays. Row numbers in "
                    + "errors count from 1. A parameter `value.<column>` gives that column one value for every row that does "
                    + "not name it.")
    ImportOutcome importRows(
            @PathVariable String type,
            @RequestBody List<Map<String, Object>> rows,
            @RequestParam(defaultValue = "en-GB") String locale,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        return imports.importRows(
                type,
                List.copyOf(ApiBodies.withoutNulls(rows)),
                options("UTF-8", locale).withValues(values(parameters)));
    }

    /** The parameters {@code value.<column>=text}: one value for every row of a column. */
    private static Map<String, String> values(MultiValueMap<String, String> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach((name, given) -> {
            if (name.startsWith(VALUE_PREFIX) && name.length() > VALUE_PREFIX.length() && !given.isEmpty()) {
                values.put(name.substring(VALUE_PREFIX.length()), given.getFirst());
            }
        });
        return values;
    }

    private static ImportOptions options(String charset, String locale) {
        try {
            return new ImportOptions(Charset.forName(charset), Locale.forLanguageTag(locale));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new DomainException("import.charset.unknown", charset);
        }
    }
}
