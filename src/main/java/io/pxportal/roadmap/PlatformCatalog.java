package io.pxportal.roadmap;

import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The portfolio's platforms as the roadmap rules need them (vendor, version, whether the current user may edit),
 * read page by page through the portfolio's service. A portfolio has tens of platforms, not millions.
 */
@Component
class PlatformCatalog {

    private static final int PAGE = 200;

    private final PlatformService platforms;

    PlatformCatalog(PlatformService platforms) {
        this.platforms = platforms;
    }

    /** All platforms now, as the current user sees them. */
    Snapshot snapshot() {
        List<PlatformDetails> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<PlatformDetails> chunk =
                    platforms.page(PlatformFilter.all(), PageRequest.of(page, PAGE, Sort.by("name", "id")));
            all.addAll(chunk);
            if (chunk.size() < PAGE) {
                return new Snapshot(all);
            }
        }
    }

    /** Whether the current user may change what concerns these platforms (an admin always, without a look-up). */
    boolean canEditAny(Long vendorId, Set<Long> platformIds) {
        return isAdmin() || snapshot().canEdit(vendorId, platformIds);
    }

    static boolean isAdmin() {
        return io.pxportal.shared.security.CurrentUser.hasRole(io.pxportal.shared.security.Role.ADMIN);
    }

    record Snapshot(List<PlatformDetails> platforms) {

        /** The platforms an item of this vendor concerns: those listed, or, when none is, all the vendor's. */
        List<PlatformDetails> concerned(Long vendorId, Set<Long> platformIds) {
            return platforms.stream()
                    .filter(p -> platformIds.isEmpty()
                            ? p.vendor() != null && Objects.equals(p.vendor().id(), vendorId)
                            : platformIds.contains(p.id()))
                    .toList();
        }

        boolean canEdit(Long vendorId, Set<Long> platformIds) {
            return isAdmin() || concerned(vendorId, platformIds).stream().anyMatch(PlatformDetails::editable);
        }

        PlatformDetails byId(Long id) {
            return platforms.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
        }
    }
}
