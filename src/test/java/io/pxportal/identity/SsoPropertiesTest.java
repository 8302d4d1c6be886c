package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.shared.security.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The providers as operators set them: properties, or environment variables through Spring Boot's relaxed binding. */
class SsoPropertiesTest {

    @Test
    void providers_bind_from_environment_variables() {
        SsoProperties sso = bind(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of(
                        "PX_SSO_PROVIDERS_CORP_ISSUERURI", "https://login.corp.example/realms/staff",
                        "PX_SSO_PROVIDERS_CORP_CLIENTID", "px-portal",
                        "PX_SSO_PROVIDERS_CORP_CLIENTSECRET", "s3cret",
                        "PX_SSO_PROVIDERS_CORP_GROUPSCLAIM", "realm_access.roles",
                        "PX_SSO_PROVIDERS_CORP_DISPLAYNAME", "Corp ID",
                        "PX_SSO_PROVIDERS_CORP_ROLES_FINANCE", "px-finance,px-controlling",
                        "PX_SSO_PROVIDERS_CORP_ROLES_ADMIN", "px-admins",
                        "PX_SSO_PROVIDERS_CORP_ROLES_PRODUCTOWNER", "px-owners",
                        "PX_SSO_LOCALLOGIN", "false")));

        assertThat(sso.localLogin()).isFalse();
        SsoProperties.Provider corp = sso.providers().get("corp");
        assertThat(corp.issuerUri()).isEqualTo("https://login.corp.example/realms/staff");
        assertThat(corp.clientId()).isEqualTo("px-portal");
        assertThat(corp.isPublicClient()).isFalse();
        assertThat(corp.groupsClaim()).isEqualTo("realm_access.roles");
        assertThat(corp.label("corp")).isEqualTo("Corp ID");
        assertThat(corp.roles())
                .containsOnly(
                        Map.entry(Role.FINANCE, List.of("px-finance", "px-controlling")),
                        Map.entry(Role.ADMIN, List.of("px-admins")),
                        Map.entry(Role.PRODUCT_OWNER, List.of("px-owners")));
    }

    @Test
    void defaults_the_groups_claim_the_label_and_the_local_login() {
        SsoProperties sso = bind(new MapPropertySource(
                "test",
                Map.of(
                        "px.sso.providers.entra.issuer-uri", "https://login.example/tenant/v2.0",
                        "px.sso.providers.entra.client-id", "px",
                        "px.sso.providers.entra.roles.AUDITOR", "audit")));

        assertThat(sso.localLogin()).isTrue();
        SsoProperties.Provider entra = sso.providers().get("entra");
        assertThat(entra.groupsClaim()).isEqualTo("groups");
        assertThat(entra.label("entra")).isEqualTo("entra");
        assertThat(entra.isPublicClient()).isTrue();
    }

    @Test
    void no_provider_changes_nothing() {
        SsoProperties sso = bind(new MapPropertySource("test", Map.of()));

        assertThat(sso.providers()).isEmpty();
        assertThat(sso.localLogin()).isTrue();
    }

    @Test
    void a_provider_without_issuer_or_mapping_and_a_portal_nobody_could_sign_in_to_are_refused_at_start() {
        assertThatThrownBy(() -> bind(new MapPropertySource(
                        "test",
                        Map.of("px.sso.providers.corp.client-id", "px", "px.sso.providers.corp.roles.ADMIN", "a"))))
                .hasStackTraceContaining("px.sso.providers.corp needs an issuer-uri and a client-id");
        assertThatThrownBy(() -> bind(new MapPropertySource(
                        "test",
                        Map.of(
                                "px.sso.providers.corp.issuer-uri",
                                "https://id.example",
                                "px.sso.providers.corp.client-id",
                                "px"))))
                .hasStackTraceContaining("maps no group to a role");
        assertThatThrownBy(() -> bind(new MapPropertySource("test", Map.of("px.sso.local-login", "false"))))
                .hasStackTraceContaining("needs at least one provider");
    }

    private static SsoProperties bind(PropertySource<?> source) {
        Binder binder = new Binder(ConfigurationPropertySources.from(source));
        return binder.bindOrCreate("px.sso", SsoProperties.class);
    }
}
