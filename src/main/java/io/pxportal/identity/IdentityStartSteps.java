package io.pxportal.identity;

import io.pxportal.shared.security.Role;
import io.pxportal.shared.start.StartPath;
import io.pxportal.shared.start.StartScope;
import io.pxportal.shared.start.StartState;
import io.pxportal.shared.start.StartStep;
import io.pxportal.shared.start.StartStepSource;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The path's first step, for admins: users and roles. Done when every role other than admin is held by at least
 * one enabled user, started when some are. Users are created by hand (no import type).
 */
@Component
@Transactional(readOnly = true)
class IdentityStartSteps implements StartStepSource {

    private final AppUserRepository users;

    IdentityStartSteps(AppUserRepository users) {
        this.users = users;
    }

    @Override
    public List<StartStep> steps(StartScope scope) {
        if (!StartPath.wholePortal()) {
            return List.of();
        }
        Set<Role> needed = EnumSet.complementOf(EnumSet.of(Role.ADMIN));
        long held = users.rolesInUse().stream().filter(needed::contains).count();
        return List.of(new StartStep(
                10,
                "users",
                "start.users",
                "start.users.help",
                StartState.of(held, needed.size()),
                "admin/users",
                List.of()));
    }
}
