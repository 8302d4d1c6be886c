package io.pxportal.identity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user asks for in a new token: a name to recognise it by, its scope, and optionally a lifetime. */
public record ApiTokenDraft(
        @NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.max-length}")
        String name,

        @NotNull(message = "{validation.required}") ApiTokenScope scope,

        @Min(value = 1, message = "{token.expires-in-days.range}")
        @Max(value = 3650, message = "{token.expires-in-days.range}")
        Integer expiresInDays) {}
