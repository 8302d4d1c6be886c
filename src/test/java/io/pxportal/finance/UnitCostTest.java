package io.pxportal.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cost per 1,000 communications, the unit every view of it shows (docs/scoring.md). */
class UnitCostTest {

    @ParameterizedTest(name = "{0} for {1} communications → {2} per 1,000")
    @CsvSource(nullValues = "-", textBlock = """
            182100.00, 10000000, 18.21
            1000.00,   3,        333333.33
            0.00,      500,      0.00
            5000.00,   0,        -
            """)
    void spend_per_thousand_communications_to_the_cent(String spend, String communications, String expected) {
        BigDecimal perThousand = UnitCostService.perThousand(new BigDecimal(spend), new BigDecimal(communications));

        if (expected == null) {
            assertThat(perThousand).isNull();
        } else {
            assertThat(perThousand).isEqualByComparingTo(expected);
            assertThat(perThousand.scale()).isEqualTo(2);
        }
    }
}
