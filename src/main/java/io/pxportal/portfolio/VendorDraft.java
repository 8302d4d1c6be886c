package io.pxportal.portfolio;

import io.pxportal.shared.domain.CountryCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a user enters for a vendor; {@code version} is the version they started from (null when new). */
public record VendorDraft(
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}")
        String name,

        @CountryCode String country,

        @Pattern(regexp = "(https?://\\S+)?", message = "{vendor.website.invalid}")
        @Size(max = 254, message = "{validation.max-length}")
        String website,

        @Size(max = 120, message = "{validation.max-length}")
        String accountManager,

        @Size(max = 4000, message = "{validation.max-length}")
        String notes,

        List<@Valid ContactData> contacts,
        Long version) {

    public VendorDraft {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
