package io.pxportal.support;

import java.math.BigDecimal;

/**
 * The vendor scorecard's metrics, each with its floor (scores 0), target (scores 100) and weight (docs/scoring.md):
 * response and resolution compliance against the usual CCM SaaS terms, uptime, service credits earned as a share of
 * the fees, the aged backlog and the PO survey. A target below its floor means lower is better.
 */
enum ScorecardMetric {
    /** Response compliance, % of decided response clocks met. */
    RESPONSE("support.score.response", "80", "98", 25),
    /** Resolution compliance, % of decided resolution clocks met. */
    RESOLUTION("support.score.resolution", "80", "95", 25),
    /** Uptime, % averaged over the vendor's platforms' months with an uptime target. */
    UPTIME("support.score.uptime", "99.5", "99.9", 20),
    /** Credits earned, % of the fees (capped), averaged over the quarter's three months. */
    CREDITS("support.score.credits", "10", "0", 10),
    /** Open tickets older than {@link ScorecardService#AGED_DAYS} days (the current quarter only). */
    BACKLOG("support.score.backlog", "10", "0", 10),
    /** The PO pulse on the vendor's support, already a score from 0 to 100. */
    SURVEY("support.score.survey", "0", "100", 10);

    final String key;
    final BigDecimal floor;
    final BigDecimal target;
    final int weight;

    ScorecardMetric(String key, String floor, String target, int weight) {
        this.key = key;
        this.floor = new BigDecimal(floor);
        this.target = new BigDecimal(target);
        this.weight = weight;
    }

    /** This metric's line of a scorecard for {@code value} (null: no data). */
    ScoreMetric measured(BigDecimal value) {
        return ScoreMetric.of(this, value);
    }
}
