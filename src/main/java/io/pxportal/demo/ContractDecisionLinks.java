package io.pxportal.demo;

import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.governance.DecisionLink;
import io.pxportal.governance.DemoDecisionLinks;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The demo's steering decisions link to contracts found by number through the contracts' own list query. */
@Component
@Profile("demo")
class ContractDecisionLinks implements DemoDecisionLinks {

    private final ContractService contracts;

    ContractDecisionLinks(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public Optional<DecisionLink> contract(String number) {
        return contracts.page(new ContractFilter(number, null, null), PageRequest.of(0, 1)).stream()
                .findFirst()
                .map(ContractDecisionLinks::link);
    }

    private static DecisionLink link(ContractView contract) {
        return new DecisionLink(
                "contract",
                contract.id(),
                contract.draft().number() + " · " + contract.draft().title());
    }
}
