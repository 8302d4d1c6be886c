package io.pxportal.support;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The columns of one severity's target in {@code sla_policy} (p1_… to p4_…). */
@Embeddable
class TargetColumns {

    @Column(nullable = false, length = 40)
    private String name;

    @Column(nullable = false)
    private int responseMinutes;

    @Column(nullable = false)
    private int resolutionMinutes;

    @Column(nullable = false)
    private boolean responseRoundTheClock;

    @Column(nullable = false)
    private boolean resolutionRoundTheClock;

    @Column(precision = 7, scale = 3)
    private BigDecimal breachCredit;

    protected TargetColumns() {}

    TargetColumns(SeverityTarget target) {
        this.name = target.name().trim();
        this.responseMinutes = target.responseMinutes();
        this.resolutionMinutes = target.resolutionMinutes();
        this.responseRoundTheClock = target.responseRoundTheClock();
        this.resolutionRoundTheClock = target.resolutionRoundTheClock();
        this.breachCredit = target.breachCreditPercent();
    }

    SeverityTarget toTarget() {
        return new SeverityTarget(
                name, responseMinutes, resolutionMinutes, responseRoundTheClock, resolutionRoundTheClock, breachCredit);
    }
}
