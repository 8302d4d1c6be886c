package io.pxportal.portfolio;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person at a vendor. */
public record ContactData(
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}")
        String name,

        @Size(max = 120, message = "{validation.max-length}")
        String role,

        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.max-length}")
        String email,

        @Size(max = 40, message = "{validation.max-length}") String phone) {}
