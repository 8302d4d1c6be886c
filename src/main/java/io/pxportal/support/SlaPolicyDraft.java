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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What a user enters for a contract's SLA policy; {@code version} is the version they started from (null when
 * new). {@code creditTiers} is written as "99.5:10; 95:15; 90:25" (uptime below → % of the monthly fee).
 */
public record SlaPolicyDraft(
        @NotNull(message = "{validation.required}") Long contractId,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}") String name,
        @NotBlank(message = "{validation.required}") String timeZone,
        boolean roundTheClock,
        Set<DayOfWeek> workingDays,
        LocalTime workStart,
        LocalTime workEnd,
        Set<LocalDate> holidays,
        Set<TicketStatus> pausingStatuses,
        @DecimalMin(value = "0", message = "{support.percent.invalid}")
        @DecimalMax(value = "100", message = "{support.percent.invalid}") BigDecimal uptimeTarget,
        @DecimalMin(value = "0", message = "{support.percent.invalid}") BigDecimal monthlyFee,
        @NotNull(message = "{validation.required}") @Pattern(regexp = "[A-Z]{3}", message = "{contract.currency.invalid}")
        String currency,
        @Size(max = 400, message = "{validation.max-length}") String creditTiers,
        @DecimalMin(value = "0", message = "{support.percent.invalid}")
        @DecimalMax(value = "100", message = "{support.percent.invalid}") BigDecimal creditCapPercent,
        @Min(value = 0, message = "{support.claim-window.invalid}") @Max(value = 366, message = "{support.claim-window.invalid}")
        int claimWindowDays,
        Map<Severity, SeverityTarget> targets,
        Long version) {

    public SlaPolicyDraft {
        workingDays = workingDays == null ? Set.of() : Set.copyOf(workingDays);
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        pausingStatuses = pausingStatuses == null ? Set.of() : Set.copyOf(pausingStatuses);
        targets = targets == null ? Map.of() : Map.copyOf(targets);
    }

    /** The calendar a severity's clock runs on: round the clock for the whole policy or that severity. */
    public BusinessCalendar calendar(Severity severity) {
        java.time.ZoneId zone = java.time.ZoneId.of(timeZone);
        SeverityTarget target = targets.get(severity);
        if (roundTheClock || (target != null && target.roundTheClock())) {
            return BusinessCalendar.roundTheClock(zone);
        }
        return new BusinessCalendar(zone, workingDays, workStart, workEnd, holidays, false);
    }

    /** The defaults of CCM-DOMAIN.md §6.3/6.4 (standard support, business hours Monday to Friday 9–17). */
    public static SlaPolicyDraft defaults(Long contractId, String name, String timeZone, String currency,
                                          BigDecimal monthlyFee) {
        Map<Severity, SeverityTarget> targets = new EnumMap<>(Severity.class);
        targets.put(Severity.P1, new SeverityTarget("Critical", 60, 8 * 60, true, new BigDecimal("5")));
        targets.put(Severity.P2, new SeverityTarget("High", 4 * 60, 3 * 8 * 60, false, new BigDecimal("2")));
        targets.put(Severity.P3, new SeverityTarget("Medium", 8 * 60, 10 * 8 * 60, false, null));
        targets.put(Severity.P4, new SeverityTarget("Low", 3 * 8 * 60, 20 * 8 * 60, false, null));
        return new SlaPolicyDraft(contractId, name, timeZone, false,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of(), Set.of(TicketStatus.WAITING_ON_CUSTOMER),
                new BigDecimal("99.9"), monthlyFee, currency, "99.5:10; 95:15; 90:25", new BigDecimal("25"), 30,
                targets, null);
    }
}
