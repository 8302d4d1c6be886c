package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.shared.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of a token as plain Java: format of the secret, when it stops working, when a use is recorded. */
class ApiTokenTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");
    private static final AppUser OLENA =
            new AppUser("olena", "Olena Koval", null, "{noop}x", Set.of(Role.PRODUCT_OWNER));

    private static ApiToken token(Instant expiresAt) {
        return new ApiToken(OLENA, " CI pipeline ", ApiTokenScope.READ, ApiTokenSecret.generate(), CREATED, expiresAt);
    }

    @Test
    void a_secret_is_the_marker_and_256_random_bits_and_only_its_hash_and_prefix_are_kept() {
        ApiTokenSecret secret = ApiTokenSecret.generate();

        assertThat(secret.value()).matches("pxp_[A-Za-z0-9_-]{43}");
        assertThat(ApiTokenSecret.looksLikeOne(secret.value())).isTrue();
        assertThat(secret.hash()).matches("[0-9a-f]{64}").isEqualTo(ApiTokenSecret.hash(secret.value()));
        assertThat(secret.prefix()).hasSize(12).isEqualTo(secret.value().substring(0, 12));
        assertThat(secret.toString()).doesNotContain(secret.value());
        assertThat(ApiTokenSecret.generate().value()).isNotEqualTo(secret.value());
    }

    @Test
    void the_hash_is_sha_256_of_the_token_text() {
        // echo -n "pxp_test" | sha256sum
        assertThat(ApiTokenSecret.hash("pxp_test"))
                .isEqualTo("0f3a04202ca5072d5fe86ce8194ada9f9b00fecf49e8cebfc10247862a05f11c");
    }

    @Test
    void text_that_is_not_a_token_is_recognised_without_a_lookup() {
        assertThat(ApiTokenSecret.looksLikeOne(null)).isFalse();
        assertThat(ApiTokenSecret.looksLikeOne("pxp_short")).isFalse();
        assertThat(ApiTokenSecret.looksLikeOne("ghp_" + "a".repeat(43))).isFalse();
        assertThat(ApiTokenSecret.looksLikeOne("pxp_" + "a".repeat(42) + "=")).isFalse();
    }

    @Test
    void a_token_expires_at_its_expiry_time_and_a_revoked_one_stays_revoked() {
        Instant expiry = CREATED.plus(Duration.ofDays(30));
        ApiToken token = token(expiry);

        assertThat(token.statusAt(expiry.minusNanos(1_000))).isEqualTo(ApiTokenStatus.ACTIVE);
        assertThat(token.statusAt(expiry)).isEqualTo(ApiTokenStatus.EXPIRED);

        token.revoke(CREATED.plusSeconds(60));
        token.revoke(CREATED.plusSeconds(120));
        assertThat(token.statusAt(CREATED.plusSeconds(90))).isEqualTo(ApiTokenStatus.REVOKED);
        assertThat(token.getRevokedAt()).as("the first revocation counts").isEqualTo(CREATED.plusSeconds(60));
    }

    @Test
    void a_token_without_expiry_lives_until_revoked_but_cannot_expire_before_it_exists() {
        assertThat(token(null).statusAt(CREATED.plus(Duration.ofDays(3650)))).isEqualTo(ApiTokenStatus.ACTIVE);
        assertThat(token(null).getName()).isEqualTo("CI pipeline");
        assertThatThrownBy(() -> token(CREATED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_use_is_worth_recording_only_when_the_last_one_is_a_minute_old() {
        Instant used = CREATED.plusSeconds(30);

        assertThat(token(null).lastUseOutdatedAt(CREATED)).as("never used").isTrue();
        assertThat(ApiToken.outdated(used, used.plusSeconds(59))).isFalse();
        assertThat(ApiToken.outdated(used, used.plusSeconds(60))).isTrue();
    }
}
