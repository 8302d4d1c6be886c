package io.pxportal.contracts;

/** What a contract list is narrowed to; null fields do not filter. */
public record ContractFilter(String text, Long vendorId, Long platformId) {

    public static ContractFilter all() {
        return new ContractFilter(null, null, null);
    }
}
