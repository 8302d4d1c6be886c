package io.pxportal.shared.domain;

/** The record asked for does not exist (any more), e.g. someone deleted it meanwhile. */
public class NotFoundException extends DomainException {

    public NotFoundException(String recordType, Object id) {
        super("error.not-found", id, recordType);
    }
}
