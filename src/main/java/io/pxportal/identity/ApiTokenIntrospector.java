package io.pxportal.identity;

import io.pxportal.identity.events.IdentityEvent;
import io.pxportal.shared.audit.SecurityEvents;
import io.pxportal.shared.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a bearer token into who is calling: looks the token up by the hash of its secret and refuses it when it
 * is unknown, revoked or expired, or when its owner could not log in (disabled, locked). The caller is the owner
 * (their username, their roles) plus the token's scope as {@code SCOPE_read} / {@code SCOPE_write}.
 */
@Component
class ApiTokenIntrospector implements OpaqueTokenIntrospector {

    static final String SCOPE_READ = "SCOPE_read";
    static final String SCOPE_WRITE = "SCOPE_write";

    private final ApiTokenRepository tokens;
    private final SecurityEvents securityEvents;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    ApiTokenIntrospector(
            ApiTokenRepository tokens,
            Clock clock,
            PlatformTransactionManager transactions,
            SecurityEvents securityEvents) {
        this.tokens = tokens;
        this.securityEvents = securityEvents;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    /** Why a token was refused: a message key the API explains in the caller's language. */
    static final class RejectedToken extends BadOpaqueTokenException {

        private final String messageKey;

        RejectedToken(String messageKey, String description) {
            super(description);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    /** What a request needs to know of its token, read in one short transaction. */
    private record Caller(
            Long tokenId,
            String tokenName,
            String username,
            List<GrantedAuthority> authorities,
            Map<String, Object> attributes,
            boolean recordUse) {}

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        if (!ApiTokenSecret.looksLikeOne(token)) {
            throw new RejectedToken("api.auth.unknown-token", "Not a PX Portal API token");
        }
        Instant now = clock.instant();
        Caller caller = reading.execute(tx -> tokens.findBySecretHash(ApiTokenSecret.hash(token))
                .map(t -> check(t, now))
                .orElseThrow(() -> new RejectedToken("api.auth.unknown-token", "Unknown token")));
        if (caller.recordUse()) {
            Integer recorded = writing.execute(
                    tx -> tokens.recordUse(caller.tokenId(), now, now.minus(ApiToken.LAST_USED_RESOLUTION)));
            if (recorded != null && recorded > 0) {
                // Same resolution as the last-used time: the audit trail gets at most one use a minute per token.
                securityEvents.record(
                        IdentityEvent.API_TOKEN_USED,
                        caller.username(),
                        caller.tokenName() + " (#" + caller.tokenId() + ")");
            }
        }
        return new DefaultOAuth2AuthenticatedPrincipal(caller.username(), caller.attributes(), caller.authorities());
    }

    private static Caller check(ApiToken token, Instant now) {
        switch (token.statusAt(now)) {
            case REVOKED -> throw new RejectedToken("api.auth.revoked-token", "The token is revoked");
            case EXPIRED -> throw new RejectedToken("api.auth.expired-token", "The token has expired");
            case ACTIVE -> {}
        }
        AppUser owner = token.getOwner();
        if (!owner.isEnabled() || owner.isLockedAt(now)) {
            throw new RejectedToken("api.auth.owner-blocked", "The token's owner cannot log in");
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        owner.getRoles().stream()
                .sorted()
                .map(Role::authority)
                .map(SimpleGrantedAuthority::new)
                .forEach(authorities::add);
        authorities.add(new SimpleGrantedAuthority(SCOPE_READ));
        if (token.getScope() == ApiTokenScope.WRITE) {
            authorities.add(new SimpleGrantedAuthority(SCOPE_WRITE));
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(OAuth2TokenIntrospectionClaimNames.SUB, owner.getUsername());
        attributes.put(
                OAuth2TokenIntrospectionClaimNames.SCOPE,
                token.getScope() == ApiTokenScope.WRITE ? List.of("read", "write") : List.of("read"));
        attributes.put(OAuth2TokenIntrospectionClaimNames.IAT, token.getCreatedAt());
        if (token.getExpiresAt() != null) {
            attributes.put(OAuth2TokenIntrospectionClaimNames.EXP, token.getExpiresAt());
        }
        attributes.put("token_id", token.getId());
        return new Caller(
                token.getId(),
                token.getName(),
                owner.getUsername(),
                authorities,
                attributes,
                token.lastUseOutdatedAt(now));
    }
}
