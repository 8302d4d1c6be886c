package io.pxportal.exchange;

import io.pxportal.shared.domain.DomainException;
import java.util.List;

/** The file had invalid rows, so nothing was written; carries every row error. */
public class ImportRejectedException extends DomainException {

    private final transient List<RowError> errors;

    public ImportRejectedException(List<RowError> errors) {
        super("import.rejected", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
