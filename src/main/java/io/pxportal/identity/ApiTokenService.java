package io.pxportal.identity;

import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.security.CurrentUser;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Personal API tokens: everyone logged in creates, lists and revokes their own; admins and auditors see
 * everyone's, and an admin can revoke any (e.g. when someone leaves). The secret is returned once by
 * {@link #create} and never stored.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ApiTokenService {

    private final ApiTokenRepository tokens;
    private final AppUserRepository users;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, AppUserRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /** Creates a token owned by the logged-in user. The returned secret cannot be shown again. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public NewApiToken create(@Valid ApiTokenDraft draft) {
        AppUser owner = CurrentUser.username()
                .flatMap(users::findByUsernameIgnoreCase)
                .orElseThrow(() -> new DomainException("token.no-account"));
        Instant now = clock.instant();
        Instant expiresAt = draft.expiresInDays() == null ? null : now.plus(Duration.ofDays(draft.expiresInDays()));
        ApiTokenSecret secret = ApiTokenSecret.generate();
        ApiToken token = tokens.saveAndFlush(new ApiToken(owner, draft.name(), draft.scope(), secret, now, expiresAt));
        return new NewApiToken(toRow(token, now), secret.value());
    }

    /** One page of the logged-in user's tokens whose name or prefix contains {@code text}, revoked ones included. */
    @PreAuthorize("isAuthenticated()")
    public List<ApiTokenRow> mine(String text, Pageable pageable) {
        Instant now = clock.instant();
        return tokens.findAll(ownedBy(me()).and(matching(text)), pageable)
                .map(t -> toRow(t, now))
                .getContent();
    }

    @PreAuthorize("isAuthenticated()")
    public long countMine(String text) {
        return tokens.count(ownedBy(me()).and(matching(text)));
    }

    /** Revokes one of the logged-in user's own tokens; someone else's counts as not found. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ApiTokenRow revokeMine(Long id) {
        return revoke(tokens.findByIdAndOwnerUsername(id, me()).orElseThrow(() -> new NotFoundException("token", id)));
    }

    /** One page of everyone's tokens whose owner, name or prefix contains {@code text} (blank: all). */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public List<ApiTokenRow> all(String text, Pageable pageable) {
        Instant now = clock.instant();
        return tokens.findAll(matching(text), pageable).map(t -> toRow(t, now)).getContent();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public long countAll(String text) {
        return tokens.count(matching(text));
    }

    /** Revokes anyone's token. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ApiTokenRow revoke(Long id) {
        return revoke(tokens.findById(id).orElseThrow(() -> new NotFoundException("token", id)));
    }

    private ApiTokenRow revoke(ApiToken token) {
        Instant now = clock.instant();
        token.revoke(now);
        return toRow(tokens.saveAndFlush(token), now);
    }

    private static String me() {
        return CurrentUser.username().orElseThrow();
    }

    static ApiTokenRow toRow(ApiToken t, Instant now) {
        return new ApiTokenRow(
                t.getId(),
                t.getName(),
                t.getPrefix(),
                t.getScope(),
                t.getOwner().getUsername(),
                t.getCreatedAt(),
                t.getLastUsedAt(),
                t.getExpiresAt(),
                t.getRevokedAt(),
                t.statusAt(now));
    }

    private static Specification<ApiToken> ownedBy(String username) {
        return (root, query, cb) -> cb.equal(root.get("owner").get("username"), username);
    }

    private static Specification<ApiToken> matching(String text) {
        if (text == null || text.isBlank()) {
            return (root, query, cb) -> cb.conjunction();
        }
        String like = "%"
                + text.trim()
                        .toLowerCase()
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        return (root, query, cb) -> cb.or(
                cb.like(cb.lower(root.get("owner").get("username")), like, '\\'),
                cb.like(cb.lower(root.get("name")), like, '\\'),
                cb.like(cb.lower(root.get("prefix")), like, '\\'));
    }
}
