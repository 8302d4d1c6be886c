package io.pxportal.roadmap;

import io.pxportal.portfolio.PlatformService;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change a requirement: an admin, or a product owner of its platform. Used as
 * {@code @requirementAccess} in {@code @PreAuthorize}.
 */
@Component("requirementAccess")
@Transactional(readOnly = true)
public class RequirementAccess {

    private final RequirementRepository requirements;
    private final PlatformService platforms;

    RequirementAccess(RequirementRepository requirements, PlatformService platforms) {
        this.requirements = requirements;
        this.platforms = platforms;
    }

    public boolean canEdit(Long requirementId) {
        return requirementId != null
                && requirements
                        .findById(requirementId)
                        .map(r -> platforms.canEditAny(Set.of(r.getPlatformId())))
                        .orElse(false);
    }
}
