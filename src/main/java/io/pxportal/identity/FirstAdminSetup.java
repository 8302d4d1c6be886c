package io.pxportal.identity;

import io.pxportal.shared.audit.AuditActor;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.security.Role;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrator of an empty portal: created from environment variables at start-up, or once
 * through the setup page. There is never a default password.
 */
@Service
public class FirstAdminSetup {

    static final String ACTOR = "setup";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;

    FirstAdminSetup(AppUserRepository users, PasswordEncoder passwordEncoder, TransactionTemplate transaction) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
    }

    /** True while the portal has no user at all, i.e. the setup page may be used. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public boolean isNeeded() {
        return users.count() == 0;
    }

    /** Creates the first admin; refused as soon as any user exists. */
    @PreAuthorize("permitAll()")
    public synchronized void createFirstAdmin(String username, String displayName, String password) {
        if (username == null || !username.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new DomainException("user.username.invalid");
        }
        PasswordPolicy.check(username, password);
        String name = displayName == null || displayName.isBlank() ? username : displayName.trim();
        String hash = passwordEncoder.encode(password);
        AuditActor.as(
                ACTOR,
                () -> transaction.execute(tx -> {
                    if (users.count() > 0) {
                        throw new DomainException("setup.already-done");
                    }
                    return users.saveAndFlush(new AppUser(username, name, null, hash, Set.of(Role.ADMIN)));
                }));
    }
}
