package io.pxportal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pxportal.PortalIntegrationTest;
import io.pxportal.contracts.AlertLeadTimes;
import io.pxportal.shared.alert.AlertLink;
import io.pxportal.shared.alert.AlertSource;
import io.pxportal.shared.alert.ExpectedAlert;
import io.pxportal.shared.operations.PortalMetrics;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a staged alert behaves in the inbox as its date draws near, day by day, through the real scan and table:
 * each lead time raises a new alert even after the previous one was acknowledged, acknowledging silences only the
 * current stage, the urgency follows the days left, and a stage seen before is never raised twice.
 */
@PortalIntegrationTest
class AlertStagesTest {

    private static final String SUBJECT = "stage-test";
    private static final LocalDate DEADLINE = LocalDate.of(2028, 2, 29);

    @Autowired
    AlertRepository alerts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    PlatformTransactionManager transactions;

    /** One day of the journey: what the owner does, then what their inbox holds for the deadline. */
    private record Day(
            long daysLeft,
            boolean acknowledgeFirst,
            Integer openStage,
            boolean acknowledged,
            AlertView.Severity severity,
            int raisedSoFar) {}

    private static final List<Day> JOURNEY = List.of(
            new Day(121, false, null, false, null, 0),
            new Day(120, false, 120, false, AlertView.Severity.LOW, 1),
            new Day(100, true, 120, true, AlertView.Severity.LOW, 1),
            new Day(91, false, 120, true, AlertView.Severity.LOW, 1),
            new Day(90, false, 90, false, AlertView.Severity.LOW, 2),
            new Day(75, false, 90, false, AlertView.Severity.LOW, 2),
            new Day(60, false, 60, false, AlertView.Severity.MEDIUM, 3),
            new Day(45, true, 60, true, AlertView.Severity.MEDIUM, 3),
            new Day(30, false, 30, false, AlertView.Severity.HIGH, 4),
            new Day(7, true, 7, false, AlertView.Severity.CRITICAL, 5),
            new Day(3, true, 7, true, AlertView.Severity.CRITICAL, 5),
            new Day(0, false, 7, true, AlertView.Severity.CRITICAL, 5),
            new Day(-1, false, 0, false, AlertView.Severity.CRITICAL, 6),
            new Day(-30, false, 0, false, AlertView.Severity.CRITICAL, 6),
            new Day(-31, false, null, false, null, 6));

    @Test
    void a_deadline_escalates_through_its_lead_times_and_acknowledging_silences_only_the_current_stage() {
        MovableClock clock = new MovableClock();
        AlertSource source = new AlertSource() {
            @Override
            public String subjectType() {
                return SUBJECT;
            }

            @Override
            public List<ExpectedAlert> expected(LocalDate today) {
                return AlertLeadTimes.stage(AlertLeadTimes.DEFAULT, DEADLINE, today).stream()
                        .mapToObj(stage ->
                                new ExpectedAlert("olena", "NOTICE_DEADLINE", 1L, "Stage test", DEADLINE, stage))
                        .toList();
            }

            @Override
            public AlertLink link(Long subjectId) {
                return AlertLink.to("contracts", "contract", subjectId);
            }
        };
        AlertScanner scanner = new AlertScanner(
                alerts, List.of(source), transactions, clock, new PortalMetrics(new SimpleMeterRegistry(), clock));

        for (Day day : JOURNEY) {
            LocalDate today = DEADLINE.minusDays(day.daysLeft());
            clock.today = today;
            if (day.acknowledgeFirst()) {
                transaction.executeWithoutResult(s -> open().forEach(a -> a.acknowledge(clock.instant())));
            }
            scanner.scan();
            List<Alert> open = open();
            String at = day.daysLeft() + " days left";
            assertThat(raised()).as(at).hasSize(day.raisedSoFar());
            if (day.openStage() == null) {
                assertThat(open).as(at).isEmpty();
                continue;
            }
            assertThat(open).as(at).singleElement().satisfies(alert -> {
                assertThat(alert.getStage()).as(at).isEqualTo(day.openStage());
                AlertView view = alert.toView(today);
                assertThat(view.acknowledged()).as(at).isEqualTo(day.acknowledged());
                assertThat(view.severity()).as(at).isEqualTo(day.severity());
            });
        }
        assertThat(raised()).extracting(Alert::getStage).containsExactly(120, 90, 60, 30, 7, 0);
    }

    private List<Alert> open() {
        return alerts.open(SUBJECT);
    }

    private List<Alert> raised() {
        return alerts.about(SUBJECT, 1L).stream()
                .sorted(Comparator.comparing(Alert::getStage).reversed())
                .toList();
    }

    /** A clock the test moves from day to day. */
    private static final class MovableClock extends Clock {
        LocalDate today = DEADLINE;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return today.atTime(6, 0).toInstant(ZoneOffset.UTC);
        }
    }
}
