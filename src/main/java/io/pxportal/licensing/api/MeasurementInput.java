package io.pxportal.licensing.api;

import io.pxportal.licensing.MeasurementDraft;
import io.pxportal.licensing.MeasurementSource;
import io.pxportal.portfolio.PlatformEnvironment;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A measurement as a client pushes it; its source is always API, whatever the client might claim. */
@Schema(name = "MeasurementInput")
record MeasurementInput(
        @Schema(example = "PRODUCTION", requiredMode = Schema.RequiredMode.REQUIRED)
        PlatformEnvironment environment,

        @Schema(
                description = "The day of a count (seats, capacity), or the first day of a volume's period",
                example = "2026-10-01",
                requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDate from,

        @Schema(description = "The last day of a volume's period; left out for a count", example = "2026-10-31")
        LocalDate to,

        @Schema(example = "3650000", requiredMode = Schema.RequiredMode.REQUIRED)
        BigDecimal quantity) {

    MeasurementDraft toDraft(Long entitlementId) {
        return new MeasurementDraft(entitlementId, environment, from, to, quantity, MeasurementSource.API, null);
    }
}
