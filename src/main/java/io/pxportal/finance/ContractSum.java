package io.pxportal.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Actual and committed cost lines booked against a contract on one platform, in one currency and month, summed. */
record ContractSum(Long contractId, Long platformId, String currency, LocalDate month, BigDecimal amount) {}
