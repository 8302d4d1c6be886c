package io.pxportal.contracts.api;

import io.pxportal.contracts.RenewalSchedule;
import io.pxportal.contracts.RenewalTexts;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/** Where a contract stands on a date, with the reasons in words in the caller's language. */
@Schema(name = "RenewalSchedule")
record ScheduleResource(
        LocalDate asOf,
        RenewalSchedule.State state,

        @Schema(description = "0 is the initial term, 1 the first renewal, …")
        int termNumber,

        LocalDate termStart,
        LocalDate termEnd,

        @Schema(description = "The last day to give notice for this term; absent in the last term or without notice")
        LocalDate noticeDeadline,

        @Schema(description = "Days from asOf to the notice deadline, negative once passed")
        Long daysToNoticeDeadline,

        @Schema(description = "The day the next term starts; absent in the last term")
        LocalDate nextRenewal,

        List<Sentence> explanation) {

    /** One sentence of the explanation: its message key (stable across languages) and its text. */
    record Sentence(String messageKey, String text) {}

    static ScheduleResource of(
            RenewalSchedule schedule, Locale locale, BiFunction<String, Object[], String> translate) {
        return new ScheduleResource(
                schedule.asOf(),
                schedule.state(),
                schedule.termNumber(),
                schedule.termStart(),
                schedule.termEnd(),
                schedule.noticeDeadline(),
                schedule.daysToNoticeDeadline(),
                schedule.nextRenewal(),
                sentences(schedule.explanation(), locale, translate));
    }

    /** Reasons as sentences with their keys, in {@code locale}. */
    static List<Sentence> sentences(
            List<RenewalSchedule.Reason> reasons, Locale locale, BiFunction<String, Object[], String> translate) {
        List<String> texts = RenewalTexts.sentences(reasons, locale, translate);
        List<Sentence> sentences = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            sentences.add(new Sentence(reasons.get(i).key(), texts.get(i)));
        }
        return List.copyOf(sentences);
    }
}
