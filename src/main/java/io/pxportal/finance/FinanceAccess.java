package io.pxportal.finance;

import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Who sees and changes costs. ADMIN and FINANCE change every platform's costs; STEERING and AUDITOR read all; a
 * product owner sees and changes the costs of the platforms they own only while the finance setting
 * "product owners see their costs" is on, and sees none otherwise. Used as {@code @financeAccess}.
 */
@Component("financeAccess")
public class FinanceAccess {

    private static final int MAX_OWNED = 1000;

    private final FinanceSettingsRepository settings;
    private final PlatformService platforms;

    FinanceAccess(FinanceSettingsRepository settings, PlatformService platforms) {
        this.settings = settings;
        this.platforms = platforms;
    }

    /** Whether the current user, as a product owner allowed by the setting (or an admin), changes the platform's costs. */
    public boolean canEdit(Long platformId) {
        if (CurrentUser.hasRole(Role.ADMIN)) {
            return true;
        }
        return platformId != null
                && ownersSeeCosts()
                && CurrentUser.hasRole(Role.PRODUCT_OWNER)
                && platforms.canEditAny(Set.of(platformId));
    }

    /** ADMIN and FINANCE: every platform; others per {@link #canEdit}. */
    boolean mayChange(Long platformId) {
        return isFinance() || canEdit(platformId);
    }

    /**
     * Whether the current user may create cost lines at all: finance, or a product owner while the setting lets
     * owners change their platforms' costs (which platforms, {@link #canEdit} says per line).
     */
    boolean mayCreate() {
        return isFinance() || (CurrentUser.hasRole(Role.PRODUCT_OWNER) && ownersSeeCosts());
    }

    static boolean isFinance() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.FINANCE);
    }

    /** The platforms whose figures the current user sees: null for all, else their own (none when not allowed). */
    Set<Long> visiblePlatforms() {
        if (isFinance() || CurrentUser.hasRole(Role.STEERING) || CurrentUser.hasRole(Role.AUDITOR)) {
            return null;
        }
        if (!CurrentUser.hasRole(Role.PRODUCT_OWNER) || !ownersSeeCosts()) {
            return Set.of();
        }
        return platforms.page(new PlatformFilter(null, null, null, null, true), PageRequest.of(0, MAX_OWNED)).stream()
                .map(PlatformDetails::id)
                .collect(Collectors.toSet());
    }

    /**
     * Whether the rule withholds every platform's costs from the current user, whatever they own: a role that reads
     * no costs, or a product owner while owners do not see theirs (an owner of nothing who may see theirs is not).
     */
    boolean allWithheld() {
        if (isFinance() || CurrentUser.hasRole(Role.STEERING) || CurrentUser.hasRole(Role.AUDITOR)) {
            return false;
        }
        return !CurrentUser.hasRole(Role.PRODUCT_OWNER) || !ownersSeeCosts();
    }

    private boolean ownersSeeCosts() {
        return settings.findById(FinanceSettingsRecord.ID)
                .map(s -> s.toSettings().ownersEditCosts())
                .orElse(false);
    }
}
