package io.pxportal.exchange;

import io.pxportal.shared.domain.DomainException;

/** The file itself cannot be read as a table (wrong format, encoding, size, damaged): nothing was imported. */
public class ImportFileException extends DomainException {

    public ImportFileException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
