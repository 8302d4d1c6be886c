package io.pxportal.exchange;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/**
 * CSV through FastCSV: quoted fields with separators and line breaks, a UTF-8 byte-order mark skipped, the
 * field separator (comma, semicolon or tab) detected from the header line. Text that does not decode in the
 * chosen encoding, or that contains NUL characters, is refused as "not a CSV file in this encoding".
 */
final class CsvTableReader extends TableReader {

    private static final int SNIFF_BYTES = 64 * 1024;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    /** The physical line the next record starts on: where a record that does not parse is reported. */
    private long nextLine = 1;

    CsvTableReader(InputStream raw, Charset charset) {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES);
        char separator = sniffSeparator(in, charset);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.reader = CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .maxBufferSize(1024 * 1024)
                .ofCsvRecord(new NulRejectingReader(new InputStreamReader(in, decoder)));
        this.records = reader.iterator();
        source(reader);
    }

    @Override
    List<String> next() {
        try {
            while (records.hasNext()) {
                CsvRecord record = records.next();
                nextLine = record.getStartingLineNumber() + 1 + lineBreaks(record.getFields());
                // Empty lines come as records here (not skipped by FastCSV), so that every line is counted; they
                // and rows of empty cells (",,,", as spreadsheets save them) are skipped, as in XLSX.
                if (record.getFields().stream().anyMatch(field -> !field.isBlank())) {
                    rowNumber(record.getStartingLineNumber());
                    return cells(record.getFields());
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            throw translate(e.getCause());
        } catch (CsvParseException e) {
            throw new ImportFileException("import.file.csv-broken", nextLine);
        }
    }

    /** The line breaks inside a record's quoted fields (CR LF counts once, as FastCSV counts lines). */
    private static long lineBreaks(List<String> fields) {
        long breaks = 0;
        for (String field : fields) {
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == field.length() || field.charAt(i + 1) != '\n')) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    private static ImportFileException translate(Throwable cause) {
        if (cause instanceof MalformedInputException
                || cause instanceof java.nio.charset.UnmappableCharacterException) {
            return new ImportFileException("import.file.wrong-encoding");
        }
        if (cause instanceof NulRejectingReader.BinaryContentException) {
            return new ImportFileException("import.file.not-text");
        }
        return new ImportFileException("import.file.unreadable");
    }

    /** Looks at the first line (skipping a BOM) and picks the separator that occurs most outside quotes. */
    static char sniffSeparator(BufferedInputStream in, Charset charset) {
        try {
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            int offset = 0;
            if (head.length >= 3 && head[0] == UTF8_BOM[0] && head[1] == UTF8_BOM[1] && head[2] == UTF8_BOM[2]) {
                in.skipNBytes(3);
                offset = 3;
                if (!charset.equals(StandardCharsets.UTF_8)) {
                    throw new ImportFileException("import.file.bom-says-utf8");
                }
            }
            String text = new String(head, offset, head.length - offset, charset);
            return separatorOf(text);
        } catch (IOException e) {
            throw new ImportFileException("import.file.unreadable");
        }
    }

    static char separatorOf(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> comma++;
                    case ';' -> semicolon++;
                    case '\t' -> tab++;
                    default -> {}
                }
            }
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }
}
