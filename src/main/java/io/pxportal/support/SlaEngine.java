package io.pxportal.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The SLA clocks of a ticket from its status history. Response: working time from opening to the first change
 * away from OPEN. Resolution: working time in every status that neither pauses nor stops the clock, from opening
 * to the last resolution — a ticket reopened after resolution runs on from what it had used. A clock that used
 * exactly its target is met; more than 80 % used on an open clock is at risk. Rules in docs/adr/005-sla-clock-rules.md.
 */
public final class SlaEngine {

    /** Share of the target after which an open clock is at risk. */
    static final double AT_RISK_SHARE = 0.8;

    private SlaEngine() {}

    public static SlaClock response(
            Instant opened, List<StatusChange> history, BusinessCalendar calendar, Duration target, Instant now) {
        StatusChange first = sorted(history).stream()
                .filter(c -> c.status() != TicketStatus.OPEN)
                .filter(c -> !c.at().isBefore(opened))
                .findFirst()
                .orElse(null);
        Instant end = first == null ? now : first.at();
        Duration used = calendar.workingTime(opened, end);
        List<SlaClock.Interval> intervals = List.of(
                new SlaClock.Interval(TicketStatus.OPEN, opened, first == null ? null : first.at(), false, used));
        Instant due = first == null ? calendar.addWorkingTime(opened, target) : null;
        return new SlaClock(target, used, outcome(used, target, first != null), due, intervals);
    }

    public static SlaClock resolution(
            Instant opened,
            List<StatusChange> history,
            Set<TicketStatus> pausing,
            BusinessCalendar calendar,
            Duration target,
            Instant now) {
        List<StatusChange> changes = new ArrayList<>();
        changes.add(new StatusChange(TicketStatus.OPEN, opened));
        sorted(history).stream().filter(c -> !c.at().isBefore(opened)).forEach(changes::add);
        List<SlaClock.Interval> intervals = new ArrayList<>();
        Duration used = Duration.ZERO;
        Instant runningSince = null;
        for (int i = 0; i < changes.size(); i++) {
            StatusChange change = changes.get(i);
            boolean last = i == changes.size() - 1;
            Instant to = last ? null : changes.get(i + 1).at();
            boolean paused = pausing.contains(change.status());
            boolean counts = !paused && !change.status().stopsClock();
            Duration counted =
                    counts ? calendar.workingTime(change.at(), to == null ? max(now, change.at()) : to) : Duration.ZERO;
            intervals.add(new SlaClock.Interval(change.status(), change.at(), to, paused, counted));
            if (last && counts) {
                runningSince = change.at();
            } else {
                used = used.plus(counted);
            }
        }
        TicketStatus current = changes.getLast().status();
        Instant due = null;
        if (runningSince != null) {
            Duration left = target.minus(used);
            due = left.isNegative() ? null : calendar.addWorkingTime(runningSince, left);
            used = used.plus(intervals.getLast().counted());
        }
        return new SlaClock(target, used, outcome(used, target, current.stopsClock()), due, intervals);
    }

    static SlaOutcome outcome(Duration used, Duration target, boolean stopped) {
        if (used.compareTo(target) > 0) {
            return SlaOutcome.BREACHED;
        }
        if (stopped) {
            return SlaOutcome.MET;
        }
        return used.toSeconds() > target.toSeconds() * AT_RISK_SHARE ? SlaOutcome.AT_RISK : SlaOutcome.RUNNING;
    }

    private static List<StatusChange> sorted(List<StatusChange> history) {
        return history.stream().sorted(Comparator.comparing(StatusChange::at)).toList();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
