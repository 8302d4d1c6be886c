package io.pxportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.governance.DecisionLink;
import io.pxportal.governance.DecisionView;
import io.pxportal.governance.SteeringDecisionService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** The demo's steering decisions link to their contracts, looked up by the demo module, not by governance. */
@PortalIntegrationTest
class DemoDecisionLinksTest {

    @Autowired
    SteeringDecisionService decisions;

    @Autowired
    ContractService contracts;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void each_demo_decision_links_to_the_contract_it_is_about() {
        assertThat(linkOf("Inspire: renew the MSLA")).isEqualTo(contractLink("QD-MSLA-2021"));
        assertThat(linkOf("Start a SmartCOMM onboarding pilot")).isEqualTo(contractLink("SC-PILOT-2026"));
        assertThat(linkOf("Exstream: prepare a market test")).isEqualTo(contractLink("OT-2019-0042"));
        assertThat(linkOf("Messagepoint: accept a tacit renewal")).isEqualTo(contractLink("MP-2026-01"));
    }

    private List<DecisionLink> linkOf(String title) {
        List<DecisionView> found = decisions.decisionLog(title, null, PageRequest.of(0, 20)).stream()
                .filter(d -> "demo-data".equals(d.decidedBy()))
                .toList();
        assertThat(found).as(title).hasSize(1);
        return found.getFirst().links();
    }

    private List<DecisionLink> contractLink(String number) {
        ContractView contract = contracts
                .page(new ContractFilter(number, null, null), PageRequest.of(0, 1))
                .getFirst();
        return List.of(new DecisionLink(
                "contract",
                contract.id(),
                contract.draft().number() + " · " + contract.draft().title()));
    }
}
