package io.pxportal.contracts;

import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.alert.AlertLink;
import io.pxportal.shared.alert.AlertSource;
import io.pxportal.shared.alert.ExpectedAlert;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Contract alerts: a notice deadline, or the end of a last term, for the contract's owner and the owners of its
 * platforms, unless a renewal decision was recorded for that term. Each escalates through the contract's alert
 * lead times ({@link AlertLeadTimes}): the stage reached is part of the alert, so each lead time raises a new one.
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

    ContractAlerts(ContractService contracts, RenewalDecisionService decisions, PlatformService platforms) {
        this.contracts = contracts;
        this.decisions = decisions;
        this.platforms = platforms;
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
        Set<Long> decided = decisions.decided(all.stream()
                .collect(Collectors.toMap(ContractView::id, c -> c.schedule().termEnd())));
        Map<Long, Set<String>> ownersByPlatform = platforms.ownersOf(
                all.stream().flatMap(c -> c.draft().platformIds().stream()).collect(Collectors.toSet()));
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
            for (Long platformId : new TreeSet<>(contract.draft().platformIds())) {
                recipients.addAll(new TreeSet<>(ownersByPlatform.getOrDefault(platformId, Set.of())));
            }
            List<Integer> leadDays = contract.draft().alertLeadDays();
            for (String recipient : recipients) {
                if (schedule.noticeDeadline() != null) {
                    AlertLeadTimes.stage(leadDays, schedule.noticeDeadline(), today)
                            .ifPresent(stage -> expected.add(new ExpectedAlert(
                                            recipient,
                                            NOTICE_DEADLINE,
                                            contract.id(),
                                            label,
                                            schedule.noticeDeadline(),
                                            stage)
                                    .about(contract.draft().platformIds())));
                }
                if (schedule.state() == RenewalSchedule.State.ENDING) {
                    AlertLeadTimes.stage(leadDays, schedule.termEnd(), today)
                            .ifPresent(stage -> expected.add(new ExpectedAlert(
                                            recipient, TERM_END, contract.id(), label, schedule.termEnd(), stage)
                                    .about(contract.draft().platformIds())));
                }
            }
        }
        return expected;
    }
}
