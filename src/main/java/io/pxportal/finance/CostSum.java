package io.pxportal.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One group of the database's sum of cost lines: per platform, vendor, category, kind, currency and month. */
record CostSum(
        Long platformId,
        Long vendorId,
        CostCategory category,
        CostKind kind,
        String currency,
        LocalDate month,
        BigDecimal amount) {}
