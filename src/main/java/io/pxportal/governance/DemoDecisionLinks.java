package io.pxportal.governance;

import java.util.Optional;

/**
 * Demo profile only: the records the demo's steering decisions link to, looked up by the reference the demo knows
 * them by. Governance uses no module's records but through the agenda; the demo module, which may use contracts,
 * implements this, so that seeding the demo adds no dependency to governance.
 */
public interface DemoDecisionLinks {

    /** The link to the contract numbered {@code number}, or none when the demo has no such contract. */
    Optional<DecisionLink> contract(String number);
}
