package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.shared.domain.DomainException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource({
        "admin, short,                 user.password.too-short",
        "admin, '',                    user.password.too-short",
        "admin, my-Admin-password-1,   user.password.contains-username",
        "olena, password1234,          user.password.common",
        "olena, PASSWORD1234,          user.password.common",
        "olena, qwertyuiop12,          user.password.common",
        "olena, 111111111111,          user.password.repetitive",
        "olena, '            ',        user.password.repetitive",
        "olena, abababababab,          user.password.repetitive",
        "olena, abcdefghijklm,         user.password.repetitive",
        "olena, my-name-is-OLENA-k,    user.password.contains-username",
    })
    void weak_passwords_are_refused_with_the_reason(String username, String password, String reason) {
        assertThatThrownBy(() -> PasswordPolicy.check(username, password))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource({"admin, correct-horse-battery", "olena, twelve-chars", "marc, 'four words with spaces'"})
    void long_passwords_without_the_username_are_accepted(String username, String password) {
        assertThatCode(() -> PasswordPolicy.check(username, password)).doesNotThrowAnyException();
    }

    @Test
    void passwords_past_bcrypts_72_bytes_are_accepted_in_any_script() {
        String ascii = "Tr0ub4dor&3-purple-Giraffe_".repeat(3).substring(0, 73);
        String cyrillic = "СоняшникиЦвітутьПідСинімНебомУжеДруги";
        assertThatCode(() -> PasswordPolicy.check("olena", ascii)).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("olena", cyrillic)).doesNotThrowAnyException();
        assertThat(ascii.getBytes(StandardCharsets.UTF_8)).hasSize(73);
        assertThat(cyrillic).hasSize(37);
        assertThat(cyrillic.getBytes(StandardCharsets.UTF_8)).hasSize(74);
    }

    @Test
    void only_an_absurd_length_is_refused_and_with_its_own_message() {
        String huge = "Tr0ub4dor&3-purple-Giraffe_".repeat(40);
        assertThatThrownBy(() -> PasswordPolicy.check("olena", huge))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("user.password.too-long");
    }
}
