package io.pxportal.identity;

import io.pxportal.identity.events.IdentityEvent;
import io.pxportal.shared.Texts;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.audit.SecurityEvents;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.domain.RecordVersions;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Administration of users and their roles. Admins change; auditors may read. */
@Service
@Validated
@Transactional(readOnly = true)
public class UserAdminService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final SecurityEvents securityEvents;
    private final RecordVersions recordVersions;

    UserAdminService(
            AppUserRepository users,
            PasswordEncoder passwordEncoder,
            AuditTrail auditTrail,
            Clock clock,
            SecurityEvents securityEvents,
            RecordVersions recordVersions) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.securityEvents = securityEvents;
        this.recordVersions = recordVersions;
    }

    /** One page of users whose login, name or e-mail contains {@code text} (blank: all). */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public List<UserRow> page(String text, Pageable pageable) {
        return users.findAll(matching(text), pageable).map(this::toRow).getContent();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public long count(String text) {
        return users.count(matching(text));
    }

    /**
     * Creates a user with an initial password that satisfies the password policy; the user replaces it at the first
     * login.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserRow create(@Valid UserDraft draft) {
        if (users.findByUsernameIgnoreCase(draft.username()).isPresent()) {
            throw new DomainException("user.username.taken", draft.username());
        }
        PasswordPolicy.check(draft.username(), draft.password());
        AppUser user = new AppUser(
                draft.username().trim(),
                draft.displayName().trim(),
                Texts.trimmedOrNull(draft.email()),
                passwordEncoder.encode(draft.password()),
                draft.roles());
        user.update(user.getDisplayName(), user.getEmail(), draft.roles(), draft.enabled());
        user.requirePasswordChange();
        return toRow(users.saveAndFlush(user));
    }

    /**
     * Changes name, e-mail, roles and enabled state; refuses if someone saved the user in between. New roles or a
     * disabled account reach the user's open sessions on their next request, on every node.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserRow update(Long id, @Valid UserDraft draft) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
        ConcurrentEditException.check(draft.version(), user.getVersion(), user.getUsername());
        boolean staysAdmin = draft.enabled() && draft.roles().contains(Role.ADMIN);
        if (user.isEnabled()
                && user.getRoles().contains(Role.ADMIN)
                && !staysAdmin
                && users.countEnabledAdmins() <= 1) {
            throw new DomainException("user.last-admin", user.getUsername());
        }
        user.update(draft.displayName().trim(), Texts.trimmedOrNull(draft.email()), draft.roles(), draft.enabled());
        return toRow(recordVersions.saved(users.saveAndFlush(user), draft.version()));
    }

    /**
     * Sets a new password chosen by the admin: the user's open sessions end, and at the next login the user must
     * choose a password of their own before anything else. A user who signs in through a provider has no password.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(Long id, String newPassword) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
        if (!user.hasLocalPassword()) {
            throw new DomainException("user.password.sso", user.getUsername());
        }
        PasswordPolicy.check(user.getUsername(), newPassword);
        user.resetPassword(passwordEncoder.encode(newPassword));
        user.unlock();
        securityEvents.record(
                IdentityEvent.PASSWORD_CHANGED,
                user.getUsername(),
                CurrentUser.username().map(admin -> "reset:" + admin).orElse("reset"));
    }

    /** Lifts a lock-out before its 15 minutes are over. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserRow unlock(Long id) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
        user.unlock();
        return toRow(users.saveAndFlush(user));
    }

    /** Every change to the user (roles, lock-outs included) and to their API tokens, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public List<AuditEntry> history(Long id) {
        return AuditTrail.newestFirst(
                auditTrail.history(AppUser.class, id, AppUser::getUsername),
                auditTrail.historyOfRelated(ApiToken.class, "owner", id, ApiToken::getName, ApiToken::getId));
    }

    private UserRow toRow(AppUser user) {
        return new UserRow(
                user.getId(),
                user.getVersion(),
                user.getUsername(),
                user.getDisplayName(),
                user.getEmail(),
                user.getRoles(),
                user.isEnabled(),
                user.isLockedAt(clock.instant()) ? user.getLockedUntil() : null,
                user.getSignInProvider(),
                user.getLastSignInAt());
    }

    private static Specification<AppUser> matching(String text) {
        if (text == null || text.isBlank()) {
            return (root, query, cb) -> cb.conjunction();
        }
        String like = "%" + text.trim().toLowerCase() + "%";
        return (root, query, cb) -> cb.or(
                cb.like(cb.lower(root.get("username")), like),
                cb.like(cb.lower(root.get("displayName")), like),
                cb.like(cb.lower(root.get("email")), like));
    }
}
