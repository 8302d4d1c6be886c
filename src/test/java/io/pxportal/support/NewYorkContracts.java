package io.pxportal.support;

import io.pxportal.contracts.ContractDraft;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.NoticeUnit;
import io.pxportal.contracts.RenewalType;
import io.pxportal.contracts.UpliftType;
import io.pxportal.portfolio.Deployment;
import io.pxportal.portfolio.Lifecycle;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformDraft;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorDetails;
import io.pxportal.portfolio.VendorDraft;
import io.pxportal.portfolio.VendorService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The New York example of the SLA tests: a US vendor, a platform owned by marc and a dollar contract for it with no
 * SLA policy yet. Vendor and platform are named after the tag, so each test has its own.
 */
public final class NewYorkContracts {

    private NewYorkContracts() {}

    /** Creates vendor, platform and contract (numbered {@code number}); needs a user who may create all three. */
    public static ContractView create(
            VendorService vendors, PlatformService platforms, ContractService contracts, String tag, String number) {
        VendorDetails vendor =
                vendors.create(new VendorDraft("NY vendor " + tag, "US", null, null, null, List.of(), null));
        PlatformDetails platform = platforms.create(new PlatformDraft(
                "NY platform " + tag,
                vendor.id(),
                "NY CCM",
                null,
                Deployment.SAAS,
                Lifecycle.ADOPT,
                null,
                null,
                Set.of("marc"),
                null,
                null));
        return contracts.create(new ContractDraft(
                number,
                "New York support",
                vendor.id(),
                Set.of(platform.id()),
                "marc",
                LocalDate.of(2026, 1, 1),
                36,
                RenewalType.NONE,
                12,
                90,
                NoticeUnit.DAYS,
                0,
                null,
                "USD",
                new BigDecimal("36000.00"),
                UpliftType.NONE,
                null,
                null,
                null,
                null,
                null,
                null));
    }
}
