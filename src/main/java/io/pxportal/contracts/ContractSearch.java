package io.pxportal.contracts;

import io.pxportal.shared.search.SearchHit;
import io.pxportal.shared.search.SearchSource;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Contracts (by number, title or vendor) for the global search, read through the contract list's query. */
@Component
class ContractSearch implements SearchSource {

    private final ContractService contracts;

    ContractSearch(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        return contracts
                .page(new ContractFilter(text, null, null, false), PageRequest.of(0, limit, Sort.by("number")))
                .stream()
                .map(contract -> new SearchHit(
                        "search.kind.contract",
                        contract.draft().number() + " \u00b7 "
                                + contract.draft().title(),
                        contract.vendor() == null ? "" : contract.vendor().name(),
                        "contracts?contract=" + contract.id()))
                .toList();
    }
}
