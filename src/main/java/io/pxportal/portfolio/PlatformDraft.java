package io.pxportal.portfolio;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What a user enters for a platform; {@code version} is the version they started from (null when new).
 * {@code owners} are usernames; only an admin may change them.
 */
public record PlatformDraft(
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}")
        String name,

        @NotNull(message = "{validation.required}") Long vendorId,

        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}")
        String product,

        @Size(max = 40, message = "{validation.max-length}") String productVersion,
        @NotNull(message = "{validation.required}") Deployment deployment,
        @NotNull(message = "{validation.required}") Lifecycle lifecycle,
        Set<PlatformEnvironment> environments,
        Set<@Size(max = 120, message = "{validation.max-length}") String> businessUnits,
        Set<String> owners,

        @Size(max = 4000, message = "{validation.max-length}")
        String notes,

        Long version) {

    public PlatformDraft {
        environments = environments == null ? Set.of() : Set.copyOf(environments);
        businessUnits = businessUnits == null ? Set.of() : Set.copyOf(businessUnits);
        owners = owners == null ? Set.of() : Set.copyOf(owners);
    }
}
