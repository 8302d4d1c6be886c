package io.pxportal.licensing;

import io.pxportal.licensing.LicencePosition.Status;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.alert.AlertLink;
import io.pxportal.shared.alert.AlertSource;
import io.pxportal.shared.alert.ExpectedAlert;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Licence alerts, from the licence position today, for the owners of the entitlement's platform: a shortfall now
 * (more consumed than entitled) or, for volumes, one forecast before the contract year ends (the run rate reaches
 * the entitlement). Both are about the end of the contract year — when the shortfall is settled (true-up,
 * overage) — so each is raised once per entitlement and contract year; the forecast run-out day moves with every
 * measurement and is shown on the position the alert opens, not made part of the alert. A forecast that becomes
 * a shortfall is a new alert; a position back within its entitlement resolves it.
 */
@Component
class LicensingAlerts implements AlertSource {

    static final String SUBJECT = "entitlement";
    static final String SHORTFALL = "LICENCE_SHORTFALL";
    static final String FORECAST_SHORTFALL = "LICENCE_FORECAST_SHORTFALL";
    private static final int PAGE = 200;

    private final EntitlementService entitlements;
    private final PlatformService platforms;

    LicensingAlerts(EntitlementService entitlements, PlatformService platforms) {
        this.entitlements = entitlements;
        this.platforms = platforms;
    }

    @Override
    public String subjectType() {
        return SUBJECT;
    }

    @Override
    public AlertLink link(Long entitlementId) {
        return AlertLink.to("licences", "entitlement", entitlementId);
    }

    @Override
    public List<ExpectedAlert> expected(LocalDate today) {
        List<EntitlementView> shortOnes = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<EntitlementView> views =
                    entitlements.page(EntitlementFilter.all(), today, PageRequest.of(page, PAGE, Sort.by("id")));
            views.stream().filter(e -> kind(e.position()) != null).forEach(shortOnes::add);
            if (views.size() < PAGE) {
                break;
            }
        }
        Map<Long, Set<String>> owners = platforms.ownersOf(shortOnes.stream()
                .filter(e -> e.platform() != null)
                .map(e -> e.platform().id())
                .collect(Collectors.toSet()));
        List<ExpectedAlert> expected = new ArrayList<>();
        for (EntitlementView entitlement : shortOnes) {
            LicencePosition position = entitlement.position();
            // Product and platform name the pool; the contract's number is left to the position the alert opens,
            // so the inbox's contract alerts stay the only rows that name a contract.
            String label = entitlement.draft().product()
                    + (entitlement.platform() == null
                            ? ""
                            : " · " + entitlement.platform().name());
            Set<String> recipients = entitlement.platform() == null
                    ? Set.of()
                    : new TreeSet<>(owners.getOrDefault(entitlement.platform().id(), Set.of()));
            for (String recipient : recipients) {
                expected.add(new ExpectedAlert(recipient, kind(position), entitlement.id(), label, position.yearEnd())
                        .about(Set.of(entitlement.platform().id())));
            }
        }
        return expected;
    }

    private static String kind(LicencePosition position) {
        return position.status() == Status.SHORTFALL
                ? SHORTFALL
                : position.status() == Status.FORECAST_SHORTFALL ? FORECAST_SHORTFALL : null;
    }
}
