package io.pxportal.exchange;

/**
 * Stops a running import at its next step: a user asked to cancel it ({@code cancelledBy}), or another node already
 * failed it (stuck or its node gone). Thrown inside the import's transaction, so what it wrote is rolled back.
 */
class ImportStoppedException extends RuntimeException {

    private final String cancelledBy;

    ImportStoppedException(String cancelledBy) {
        super(
                cancelledBy == null ? "import no longer running" : "import cancelled by " + cancelledBy,
                null,
                false,
                false);
        this.cancelledBy = cancelledBy;
    }

    String cancelledBy() {
        return cancelledBy;
    }
}
