package io.pxportal.governance;

import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.RenewalDecided;
import io.pxportal.contracts.RenewalDecisionService;
import io.pxportal.contracts.RenewalSchedule;
import io.pxportal.identity.UserRef;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.security.SystemAuthentication;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises contract alerts: a notice deadline or the end of a last term, from {@code px.alerts.lead-days} (120)
 * days ahead until 30 days after, for the contract's owner and the owners of its platforms, unless a renewal
 * decision was recorded for that term. Runs daily (once per cluster, ShedLock) and at start-up; an alert
 * whose date no longer holds is resolved, and the new date raises a new one.
 */
@Component
class AlertScanner {

    static final String CONTRACT = "contract";
    static final String LOCK = "alert-scan";
    private static final Logger log = LoggerFactory.getLogger(AlertScanner.class);

    /** An alert the current data calls for. */
    record Expected(String recipient, AlertKind kind, Long contractId, String label, LocalDate due) {
    }

    private final AlertRepository alerts;
    private final ContractService contracts;
    private final RenewalDecisionService decisions;
    private final PlatformService platforms;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int leadDays;

    AlertScanner(AlertRepository alerts, ContractService contracts, RenewalDecisionService decisions,
                 PlatformService platforms, TransactionTemplate transaction, Clock clock,
                 @Value("${px.alerts.lead-days:120}") int leadDays) {
        this.alerts = alerts;
        this.contracts = contracts;
        this.decisions = decisions;
        this.platforms = platforms;
        this.transaction = transaction;
        this.clock = clock;
        this.leadDays = leadDays;
    }

    @Scheduled(cron = "${px.alerts.scan-cron:0 0 6 * * *}")
    @SchedulerLock(name = AlertScanner.LOCK, lockAtMostFor = "PT30M")
    public void daily() {
        scan();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        scan();
    }

    /** A decision silences that term's alerts at once, not only at the next scan. */
    @ApplicationModuleListener
    void on(RenewalDecided decided) {
        alerts.about(CONTRACT, decided.contractId()).stream()
                .filter(a -> a.isOpen() && !a.getDueDate().isAfter(decided.termEnd()))
                .forEach(a -> a.resolve(clock.instant()));
    }

    /** Brings the alerts in line with the contracts; returns how many were raised. */
    int scan() {
        int[] raised = {0};
        SystemAuthentication.runAs("alert-scan", () -> {
            List<Expected> expected = expected(LocalDate.now(clock));
            raised[0] = transaction.execute(s -> apply(expected));
        });
        log.info("Alert scan raised {} alerts", raised[0]);
        return raised[0];
    }

    private List<Expected> expected(LocalDate today) {
        List<ContractView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<ContractView> views = contracts.page(ContractFilter.all(), PageRequest.of(page, 200, Sort.by("id")));
            all.addAll(views);
            if (views.size() < 200) {
                break;
            }
        }
        Set<Long> decided = decisions.decided(all.stream().collect(Collectors.toMap(ContractView::id,
                c -> c.schedule().termEnd())));
        Map<Long, Set<String>> ownersByPlatform = new HashMap<>();
        List<Expected> expected = new ArrayList<>();
        for (ContractView contract : all) {
            if (decided.contains(contract.id())) {
                continue;
            }
            RenewalSchedule schedule = contract.schedule();
            String label = contract.draft().number() + " · " + contract.draft().title();
            Set<String> recipients = new LinkedHashSet<>();
            if (contract.draft().owner() != null) {
                recipients.add(contract.draft().owner());
            }
            for (PlatformRef platform : contract.platforms()) {
                recipients.addAll(ownersByPlatform.computeIfAbsent(platform.id(), id -> platforms.get(id).owners()
                        .stream().map(UserRef::username).collect(Collectors.toSet())));
            }
            for (String recipient : recipients) {
                if (schedule.noticeDeadline() != null && inWindow(schedule.noticeDeadline(), today)) {
                    expected.add(new Expected(recipient, AlertKind.NOTICE_DEADLINE, contract.id(), label,
                            schedule.noticeDeadline()));
                }
                if (schedule.state() == RenewalSchedule.State.ENDING && inWindow(schedule.termEnd(), today)) {
                    expected.add(new Expected(recipient, AlertKind.TERM_END, contract.id(), label,
                            schedule.termEnd()));
                }
            }
        }
        return expected;
    }

    private boolean inWindow(LocalDate date, LocalDate today) {
        return !date.isBefore(today.minusDays(30)) && !date.isAfter(today.plusDays(leadDays));
    }

    private int apply(List<Expected> expected) {
        Set<List<Object>> wanted = expected.stream().map(AlertScanner::key).collect(Collectors.toSet());
        alerts.open(CONTRACT).stream().filter(a -> !wanted.contains(key(a))).forEach(a -> a.resolve(clock.instant()));
        Map<Long, Set<List<Object>>> existing = new HashMap<>();
        int raised = 0;
        for (Expected e : expected) {
            Set<List<Object>> known = existing.computeIfAbsent(e.contractId(), id -> alerts.about(CONTRACT, id)
                    .stream().map(AlertScanner::key).collect(Collectors.toSet()));
            if (known.add(key(e))) {
                alerts.save(new Alert(e.recipient(), e.kind(), CONTRACT, e.contractId(), e.label(), e.due(),
                        clock.instant()));
                raised++;
            }
        }
        return raised;
    }

    private static List<Object> key(Expected e) {
        return List.of(e.recipient(), e.kind(), e.contractId(), e.due());
    }

    private static List<Object> key(Alert a) {
        return List.of(a.getRecipient(), a.getKind(), a.getSubjectId(), a.getDueDate());
    }
}
