package io.pxportal.finance;

import io.pxportal.shared.security.SystemAuthentication;
import io.pxportal.support.ServiceCreditGranted;
import java.math.RoundingMode;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Books a service credit the vendor granted (support's {@link ServiceCreditGranted}) as a negative actual cost line
 * of the platform, vendor and contract, in the month the credit compensates and the credit's currency. The
 * reference is derived from the credit's id, so a re-delivered event (or the same credit granted again) updates
 * the one line through {@link CostLineService#record} instead of adding a second. The category is the one the
 * contract's costs on that platform are mostly booked under (the fee the credit reduces), maintenance when the
 * contract has no cost lines yet.
 */
@Component
class ServiceCreditBooking {

    static final String ACTOR = "service-credits";

    private final CostLineService costs;
    private final CostLineRepository lines;

    ServiceCreditBooking(CostLineService costs, CostLineRepository lines) {
        this.costs = costs;
        this.lines = lines;
    }

    @ApplicationModuleListener
    void on(ServiceCreditGranted granted) {
        SystemAuthentication.runAs(ACTOR, () -> costs.record(draft(granted)));
    }

    static String reference(Long creditId) {
        return "SERVICE-CREDIT-" + creditId;
    }

    private CostLineDraft draft(ServiceCreditGranted granted) {
        CostCategory category = granted.contractId() == null
                ? CostCategory.MAINTENANCE
                : lines.categoriesOf(granted.contractId(), granted.platformId()).stream()
                        .findFirst()
                        .orElse(CostCategory.MAINTENANCE);
        String description = "Service credit " + granted.month()
                + (granted.reference() == null ? "" : ", credit note " + granted.reference())
                + (granted.contractNumber() == null ? "" : " (" + granted.contractNumber() + ")");
        return new CostLineDraft(
                reference(granted.creditId()),
                granted.platformId(),
                granted.vendorId(),
                granted.contractId(),
                category,
                CostKind.ACTUAL,
                granted.month(),
                granted.amount().setScale(2, RoundingMode.HALF_EVEN).negate(),
                granted.currency(),
                description,
                null);
    }
}
