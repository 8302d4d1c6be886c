package io.pxportal.exchange;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Exports and templates: every record of a type in its import layout (so the file imports back unchanged),
 * an empty template with one example row, and any list page by page as the user sees it. Headers are the
 * columns' labels in the user's language, which the import recognises in every language.
 */
@Service
public class ExportService {

    static final int PAGE = 500;

    private final ExchangeTypes types;
    private final MessageSource messages;
    private final Clock clock;

    ExportService(ExchangeTypes types, MessageSource messages, Clock clock) {
        this.types = types;
        this.messages = messages;
        this.clock = clock;
    }

    /** The name a list exported today downloads under: the stem, today's date and the format's extension. */
    @PreAuthorize("isAuthenticated()")
    public String fileName(String stem, FileFormat format) {
        return stem + "-" + LocalDate.now(clock) + format.extension();
    }

    /** A template: the headers and one example row. */
    @PreAuthorize("isAuthenticated()")
    public void writeTemplate(String type, FileFormat format, Locale locale, OutputStream out) {
        RecordExchange<?> exchange = types.get(type);
        try (TableWriter writer = TableWriter.open(format, out)) {
            writer.row(headers(exchange, locale));
            writer.row(exchange.columns().stream().map(ImportColumn::example).toList());
        }
    }

    /** Every record of the type, sorted by natural key, streamed page by page. */
    @PreAuthorize("isAuthenticated()")
    public void writeAll(String type, FileFormat format, Locale locale, OutputStream out) {
        RecordExchange<?> exchange = types.get(type);
        writePages(format, out, headers(exchange, locale), exchange::exportPage);
    }

    /**
     * Any list, as the user sees it: {@code page} is asked for one page after the other (with the list's own
     * filter and sort) until a short page comes back.
     */
    @PreAuthorize("isAuthenticated()")
    public <T> void writeList(
            FileFormat format,
            OutputStream out,
            List<String> headers,
            Function<Pageable, List<T>> page,
            Function<T, List<?>> cells) {
        writePages(
                format,
                out,
                headers,
                pageable -> page.apply(pageable).stream().<List<?>>map(cells).toList());
    }

    private static void writePages(
            FileFormat format,
            OutputStream out,
            List<String> headers,
            Function<Pageable, ? extends List<? extends List<?>>> page) {
        try (TableWriter writer = TableWriter.open(format, out)) {
            writer.row(headers);
            for (int number = 0; ; number++) {
                List<? extends List<?>> rows = page.apply(PageRequest.of(number, PAGE));
                rows.forEach(writer::row);
                if (rows.size() < PAGE) {
                    break;
                }
            }
        }
    }

    private List<String> headers(RecordExchange<?> exchange, Locale locale) {
        List<String> headers = new ArrayList<>();
        for (ImportColumn column : exchange.columns()) {
            headers.add(messages.getMessage(column.labelKey(), null, column.name(), locale));
        }
        return headers;
    }
}
