package io.pxportal.experience;

import io.pxportal.shared.Texts;
import io.pxportal.shared.domain.DomainException;
import java.util.EnumMap;
import java.util.Map;

/** One owner's answers: every question from 1 to 5, and an optional comment. */
public record SurveyAnswers(Map<SurveyQuestion, Integer> ratings, String comment) {

    public SurveyAnswers {
        ratings = new EnumMap<>(ratings);
        for (SurveyQuestion q : SurveyQuestion.values()) {
            Integer r = ratings.get(q);
            if (r == null || r < 1 || r > 5) {
                throw new DomainException("experience.survey.rating.invalid");
            }
        }
        if (comment != null && comment.length() > 2000) {
            throw new DomainException("experience.survey.comment.too-long", 2000);
        }
        comment = Texts.strippedOrNull(comment);
    }
}
