package io.pxportal.support;

import io.pxportal.contracts.ContractService;
import io.pxportal.identity.UserRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.alert.AlertLink;
import io.pxportal.shared.alert.AlertSource;
import io.pxportal.shared.alert.ExpectedAlert;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A service credit earned but not yet claimed whose claim window closes within {@code px.alerts.credit-lead-days}
 * (14) days: for the contract's owner and its platforms' owners, due on the last day to claim. The subject is the
 * SLA policy (a credit has no record until it is claimed); the month is in the label.
 */
@Component
class CreditAlerts implements AlertSource {

    static final String SUBJECT = "sla-policy";
    static final String CLAIM_WINDOW = "CREDIT_CLAIM_WINDOW";

    private final CreditService credits;
    private final ContractService contracts;
    private final PlatformService platforms;
    private final int leadDays;

    CreditAlerts(
            CreditService credits, ContractService contracts, PlatformService platforms, SupportProperties properties) {
        this.credits = credits;
        this.contracts = contracts;
        this.platforms = platforms;
        this.leadDays = properties.creditLeadDays();
    }

    @Override
    public String subjectType() {
        return SUBJECT;
    }

    @Override
    public AlertLink link(Long policyId) {
        return AlertLink.to("support", "credits", policyId);
    }

    @Override
    public List<ExpectedAlert> expected(LocalDate today) {
        List<ExpectedAlert> expected = new ArrayList<>();
        for (CreditView credit : credits.closingSoon(leadDays)) {
            var contract = contracts
                    .page(
                            new io.pxportal.contracts.ContractFilter(credit.contractNumber(), null, null),
                            org.springframework.data.domain.PageRequest.of(0, 5))
                    .stream()
                    .filter(c -> c.draft().number().equals(credit.contractNumber()))
                    .findFirst()
                    .orElseThrow();
            Set<String> recipients = new LinkedHashSet<>();
            if (contract.draft().owner() != null) {
                recipients.add(contract.draft().owner());
            }
            contract.platforms()
                    .forEach(p -> platforms.get(p.id()).owners().stream()
                            .map(UserRef::username)
                            .forEach(recipients::add));
            String label = credit.contractNumber() + " · " + credit.month() + " · "
                    + credit.assessment().amount().toPlainString() + " " + credit.currency();
            for (String recipient : recipients) {
                expected.add(new ExpectedAlert(
                                recipient,
                                CLAIM_WINDOW,
                                credit.policyId(),
                                label,
                                credit.assessment().claimDeadline())
                        .about(contract.platforms().stream().map(p -> p.id()).toList()));
            }
        }
        return expected;
    }
}
