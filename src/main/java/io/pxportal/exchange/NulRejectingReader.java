package io.pxportal.exchange;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Binary files renamed to .csv decode to text full of NUL characters; a CSV never has one. */
final class NulRejectingReader extends FilterReader {

    /** Raised when a NUL character shows the input is binary. */
    static final class BinaryContentException extends IOException {
        BinaryContentException() {
            super("binary content");
        }
    }

    NulRejectingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c == 0) {
            throw new BinaryContentException();
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + Math.max(n, 0); i++) {
            if (buffer[i] == 0) {
                throw new BinaryContentException();
            }
        }
        return n;
    }
}
