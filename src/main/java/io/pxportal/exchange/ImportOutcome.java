package io.pxportal.exchange;

/** What a committed import did: records created, changed, and found identical (left untouched). */
public record ImportOutcome(int created, int updated, int unchanged) {

    public ImportOutcome plus(ImportOutcome other) {
        return new ImportOutcome(created + other.created, updated + other.updated, unchanged + other.unchanged);
    }
}
