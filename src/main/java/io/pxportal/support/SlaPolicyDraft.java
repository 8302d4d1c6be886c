package io.pxportal.support;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What a user enters for an SLA policy: the contract it serves, the business calendar its clocks run on, the four
 * severities' targets, pausing statuses, uptime target and credit rules; {@code version} is the version they
 * started from (null when new). {@code creditTiers} is written as "99.5:10; 95:15; 90:25" (uptime below → % of the
 * monthly fee).
 */
public record SlaPolicyDraft(
        @NotNull(message = "{validation.required}") Long contractId,

        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}")
        String name,

        @NotNull(message = "{validation.required}") Long calendarId,
        Set<TicketStatus> pausingStatuses,

        @DecimalMin(value = "0", message = "{support.percent.invalid}")
        @DecimalMax(value = "100", message = "{support.percent.invalid}")
        BigDecimal uptimeTarget,

        @DecimalMin(value = "0", message = "{support.percent.invalid}")
        BigDecimal monthlyFee,

        @NotNull(message = "{validation.required}")
        @Pattern(regexp = "[A-Z]{3}", message = "{contract.currency.invalid}")
        String currency,

        @Size(max = 400, message = "{validation.max-length}")
        String creditTiers,

        @DecimalMin(value = "0", message = "{support.percent.invalid}")
        @DecimalMax(value = "100", message = "{support.percent.invalid}")
        BigDecimal creditCapPercent,

        @Min(value = 0, message = "{support.claim-window.invalid}")
        @Max(value = 366, message = "{support.claim-window.invalid}")
        int claimWindowDays,

        Map<Severity, SeverityTarget> targets,
        Long version) {

    public SlaPolicyDraft {
        pausingStatuses = pausingStatuses == null ? Set.of() : Set.copyOf(pausingStatuses);
        targets = targets == null ? Map.of() : Map.copyOf(targets);
    }

    /** The same policy for another contract, as a new record (for "Copy"). */
    public SlaPolicyDraft copyFor(Long otherContract, String otherName) {
        return new SlaPolicyDraft(
                otherContract,
                otherName,
                calendarId,
                pausingStatuses,
                uptimeTarget,
                monthlyFee,
                currency,
                creditTiers,
                creditCapPercent,
                claimWindowDays,
                targets,
                null);
    }

    /**
     * The usual defaults of CCM support contracts (standard support on the calendar's business hours, P1 round the
     * clock).
     */
    public static SlaPolicyDraft defaults(
            Long contractId, String name, Long calendarId, String currency, BigDecimal monthlyFee) {
        return new SlaPolicyDraft(
                contractId,
                name,
                calendarId,
                Set.of(TicketStatus.WAITING_ON_CUSTOMER),
                new BigDecimal("99.9"),
                monthlyFee,
                currency,
                "99.5:10; 95:15; 90:25",
                new BigDecimal("25"),
                30,
                standardTargets(),
                null);
    }

    /** P1 1 h / 8 h round the clock, P2 4 h / 3 days, P3 1 day / 10 days, P4 3 days / 20 days of business time. */
    public static Map<Severity, SeverityTarget> standardTargets() {
        Map<Severity, SeverityTarget> targets = new EnumMap<>(Severity.class);
        targets.put(Severity.P1, new SeverityTarget("Critical", 60, 8 * 60, true, new BigDecimal("5")));
        targets.put(Severity.P2, new SeverityTarget("High", 4 * 60, 3 * 8 * 60, false, new BigDecimal("2")));
        targets.put(Severity.P3, new SeverityTarget("Medium", 8 * 60, 10 * 8 * 60, false, null));
        targets.put(Severity.P4, new SeverityTarget("Low", 3 * 8 * 60, 20 * 8 * 60, false, null));
        return targets;
    }
}
