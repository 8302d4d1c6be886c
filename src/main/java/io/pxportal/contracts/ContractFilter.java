package io.pxportal.contracts;

/**
 * What a contract list is narrowed to; null fields do not filter. {@code inconsistentOnly}: only contracts whose
 * terms cannot work as entered ({@link ContractSanity#warnings}).
 */
public record ContractFilter(String text, Long vendorId, Long platformId, boolean inconsistentOnly) {

    public ContractFilter(String text, Long vendorId, Long platformId) {
        this(text, vendorId, platformId, false);
    }

    public static ContractFilter all() {
        return new ContractFilter(null, null, null);
    }
}
