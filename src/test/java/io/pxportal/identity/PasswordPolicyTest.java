package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.shared.domain.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource({
        "admin, short,                 user.password.too-short",
        "admin, '',                    user.password.too-short",
        "admin, my-Admin-password-1,   user.password.contains-username",
    })
    void weak_passwords_are_refused_with_the_reason(String username, String password, String reason) {
        assertThatThrownBy(() -> PasswordPolicy.check(username, password))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource({"admin, correct-horse-battery", "olena, twelve-chars"})
    void long_passwords_without_the_username_are_accepted(String username, String password) {
        assertThatCode(() -> PasswordPolicy.check(username, password)).doesNotThrowAnyException();
    }
}
