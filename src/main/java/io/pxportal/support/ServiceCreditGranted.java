package io.pxportal.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A vendor granted a service credit: {@code amount} in {@code currency} for {@code month} under the contract, as the
 * vendor's {@code reference} (credit note) says. Published once, when the claim is marked granted; finance turns it
 * into a negative cost line of the platform and vendor.
 */
public record ServiceCreditGranted(
        Long creditId,
        BigDecimal amount,
        String currency,
        Long platformId,
        String platform,
        Long vendorId,
        String vendor,
        Long contractId,
        String contractNumber,
        YearMonth month,
        String reference,
        LocalDate grantedOn) {}
