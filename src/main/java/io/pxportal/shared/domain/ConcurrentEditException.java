package io.pxportal.shared.domain;

/** Someone else saved the record after this user opened it; saving would overwrite their change. */
public class ConcurrentEditException extends DomainException {

    public ConcurrentEditException(String recordLabel) {
        super("error.concurrent-edit", recordLabel);
    }

    /** The database refused a save whose version it no longer holds, with no record name at hand. */
    public ConcurrentEditException() {
        super("error.concurrent-edit.unnamed");
    }

    /** Throws when the version the user edited is not the version stored now. */
    public static void check(Long editedVersion, Long storedVersion, String recordLabel) {
        if (editedVersion == null || !editedVersion.equals(storedVersion)) {
            throw new ConcurrentEditException(recordLabel);
        }
    }
}
