package io.pxportal.support;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A platform's availability in one month (in its policy's time zone): minutes measured, unplanned and planned
 * downtime, uptime in per cent (planned maintenance does not count against it), the policy's target and whether
 * it was met (null without a target).
 */
public record MonthlyUptime(
        Long platformId,
        String platform,
        YearMonth month,
        long minutes,
        long unplannedMinutes,
        long plannedMinutes,
        BigDecimal uptimePercent,
        BigDecimal target,
        Boolean met) {}
