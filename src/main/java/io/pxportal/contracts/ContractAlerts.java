package io.pxportal.contracts;

import io.pxportal.identity.UserRef;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.alert.AlertLink;
import io.pxportal.shared.alert.AlertSource;
import io.pxportal.shared.alert.ExpectedAlert;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Contract alerts: a notice deadline, or the end of a last term, from {@code px.alerts.lead-days} (120) days
 * ahead until 30 days after, for the contract's owner and the owners of its platforms, unless a renewal decision
 * was recorded for that term.
 */
@Component
class ContractAlerts implements AlertSource {

    static final String SUBJECT = "contract";
    static final String NOTICE_DEADLINE = "NOTICE_DEADLINE";
    static final String TERM_END = "TERM_END";
    private static final int PAGE = 200;

    private final ContractService contracts;
    private final RenewalDecisionService decisions;
    private final PlatformService platforms;
    private final int leadDays;

    ContractAlerts(ContractService contracts, RenewalDecisionService decisions, PlatformService platforms,
                   @Value("${px.alerts.lead-days:120}") int leadDays) {
        this.contracts = contracts;
        this.decisions = decisions;
        this.platforms = platforms;
        this.leadDays = leadDays;
    }

    @Override
    public String subjectType() {
        return SUBJECT;
    }

    @Override
    public AlertLink link(Long contractId) {
        return AlertLink.to("contracts", "contract", contractId);
    }

    @Override
    public List<ExpectedAlert> expected(LocalDate today) {
        List<ContractView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<ContractView> views = contracts.page(ContractFilter.all(), PageRequest.of(page, PAGE, Sort.by("id")));
            all.addAll(views);
            if (views.size() < PAGE) {
                break;
            }
        }
        Set<Long> decided = decisions.decided(all.stream().collect(Collectors.toMap(ContractView::id,
                c -> c.schedule().termEnd())));
        Map<Long, Set<String>> ownersByPlatform = new HashMap<>();
        List<ExpectedAlert> expected = new ArrayList<>();
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
                    expected.add(new ExpectedAlert(recipient, NOTICE_DEADLINE, contract.id(), label,
                            schedule.noticeDeadline()));
                }
                if (schedule.state() == RenewalSchedule.State.ENDING && inWindow(schedule.termEnd(), today)) {
                    expected.add(new ExpectedAlert(recipient, TERM_END, contract.id(), label, schedule.termEnd()));
                }
            }
        }
        return expected;
    }

    private boolean inWindow(LocalDate date, LocalDate today) {
        return !date.isBefore(today.minusDays(30)) && !date.isAfter(today.plusDays(leadDays));
    }
}
