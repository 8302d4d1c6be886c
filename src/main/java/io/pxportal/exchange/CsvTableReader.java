package io.pxportal.exchange;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
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

    CsvTableReader(InputStream raw, Charset charset) {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES);
        char separator = sniffSeparator(in, charset);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.reader = CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .maxBufferSize(1024 * 1024)
                .ofCsvRecord(new NulRejectingReader(new InputStreamReader(in, decoder)));
        this.records = reader.iterator();
        source(reader);
    }

    @Override
    List<String> next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord record = records.next();
            rowNumber(record.getStartingLineNumber());
            return cells(record.getFields());
        } catch (UncheckedIOException e) {
            throw translate(e.getCause());
        } catch (CsvParseException e) {
            throw new ImportFileException("import.file.csv-broken", rowNumber() + 1);
        }
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
                    default -> { }
                }
            }
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }
}
