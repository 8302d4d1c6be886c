package io.pxportal.portfolio.api;

import io.pxportal.portfolio.ContactData;
import io.pxportal.portfolio.VendorDraft;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A vendor as a client sends it; the version it is based on travels in {@code If-Match}, not in the body. */
@Schema(name = "VendorInput")
record VendorInput(
        @Schema(example = "Doxee", requiredMode = Schema.RequiredMode.REQUIRED)
        String name,

        @Schema(description = "Two-letter ISO country code", example = "IT")
        String country,

        @Schema(example = "https://www.doxee.com") String website,
        String accountManager,
        String notes,
        List<ContactData> contacts) {

    VendorDraft toDraft(Long version) {
        return new VendorDraft(name, country, website, accountManager, notes, contacts, version);
    }
}
