package io.pxportal.finance.api;

import io.pxportal.finance.CostCategory;
import io.pxportal.finance.CostKind;
import io.pxportal.finance.CostLineDraft;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.YearMonth;

/** A cost line as an API client sends it. */
@Schema(name = "CostLineInput")
record CostLineInput(
        @Schema(description = "Invoice or ledger reference; unique", example = "INV-2026-0311")
        String reference,

        Long platformId,

        @Schema(description = "Left out: the platform's vendor")
        Long vendorId,

        Long contractId,
        CostCategory category,

        @Schema(description = "ACTUAL (default) or COMMITTED")
        CostKind kind,

        @Schema(type = "string", example = "2026-03", description = "The month the cost belongs to")
        YearMonth period,

        @Schema(example = "30000.00", description = "Negative for a credit")
        BigDecimal amount,

        @Schema(example = "EUR", description = "ISO 4217") String currency,
        String description) {

    CostLineDraft toDraft(Long version) {
        return new CostLineDraft(
                reference,
                platformId,
                vendorId,
                contractId,
                category,
                kind == null ? CostKind.ACTUAL : kind,
                period,
                amount,
                currency,
                description,
                version);
    }
}
