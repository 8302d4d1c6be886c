package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.shared.security.Role;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppUserLockTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private AppUser user() {
        return new AppUser("olena", "Olena", null, "{noop}x", Set.of(Role.PRODUCT_OWNER));
    }

    @Test
    void the_fifth_failed_login_in_a_row_locks_for_fifteen_minutes() {
        AppUser user = user();
        for (int i = 1; i < AppUser.MAX_FAILED_LOGINS; i++) {
            assertThat(user.recordFailedLogin(now)).isFalse();
        }
        assertThat(user.recordFailedLogin(now)).isTrue();

        assertThat(user.isLockedAt(now.plusSeconds(14 * 60 + 59))).isTrue();
        assertThat(user.isLockedAt(now.plusSeconds(15 * 60))).isFalse();
    }

    @Test
    void a_successful_login_resets_the_count() {
        AppUser user = user();
        for (int i = 1; i < AppUser.MAX_FAILED_LOGINS; i++) {
            user.recordFailedLogin(now);
        }
        user.recordSuccessfulLogin();

        assertThat(user.recordFailedLogin(now)).isFalse();
        assertThat(user.isLockedAt(now)).isFalse();
    }
}
