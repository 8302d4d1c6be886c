package io.pxportal.support;

/** How many tickets of one month, severity, platform and policy ended with a pair of clock outcomes. */
record OutcomeCount(
        String month,
        Severity severity,
        Long platformId,
        Long policyId,
        SlaOutcome response,
        SlaOutcome resolution,
        long count) {}
