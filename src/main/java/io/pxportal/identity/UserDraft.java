package io.pxportal.identity;

import io.pxportal.shared.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What an admin enters for a user. {@code version} is the version the admin started from (null for a new
 * user); {@code password} is required for a new user and ignored on update.
 */
public record UserDraft(
        @NotBlank(message = "{validation.required}")
        @Size(max = 64, message = "{validation.max-length}")
        @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{user.username.invalid}")
        String username,

        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}")
        String displayName,

        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.max-length}")
        String email,

        @NotEmpty(message = "{user.roles.required}") Set<Role> roles,
        boolean enabled,
        String password,
        Long version) {}
