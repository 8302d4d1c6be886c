package io.pxportal.experience;

import java.math.BigDecimal;

/**
 * A score from 0 to 100 (null: no data at all) and its coverage: the share of weight, in percent, whose metrics
 * had data. Both rounded to one decimal.
 */
public record Score(BigDecimal value, BigDecimal coverage) {

    public boolean hasData() {
        return value != null;
    }
}
