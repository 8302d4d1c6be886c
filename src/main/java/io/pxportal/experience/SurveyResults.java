package io.pxportal.experience;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A platform's pulse results for a quarter. Below the anonymity threshold only the number of responses is told:
 * no means, no comments. Comments are listed in alphabetical order, so their order tells nothing about who
 * answered when.
 */
public record SurveyResults(
        Quarter period, int responses, int threshold, Map<SurveyQuestion, BigDecimal> means, List<String> comments) {

    public boolean shown() {
        return responses >= threshold;
    }
}
