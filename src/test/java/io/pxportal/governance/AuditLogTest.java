package io.pxportal.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.identity.events.IdentityEvent;
import io.pxportal.portfolio.VendorDetails;
import io.pxportal.portfolio.VendorDraft;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditLog;
import io.pxportal.shared.audit.AuditLogEntry;
import io.pxportal.shared.audit.AuditLogFilter;
import io.pxportal.shared.i18n.Languages;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@PortalIntegrationTest
class AuditLogTest {

    @Autowired
    AuditLogService audit;

    @Autowired
    AuditLog trail;

    @Autowired
    VendorService vendors;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MessageSource messages;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_changed_record_shows_who_changed_which_field_from_what_to_what() {
        VendorDetails created =
                vendors.create(new VendorDraft("Audit Trail Vendor", "DE", null, null, "first", List.of(), null));
        vendors.update(
                created.id(),
                new VendorDraft("Audit Trail Vendor", "DE", null, null, "second", List.of(), created.version()));

        List<AuditLogEntry> trail =
                audit.page(new AuditLogFilter(null, "Vendor", created.id(), null, null), PageRequest.of(0, 10));

        assertThat(trail).extracting(AuditLogEntry::action).containsExactly("UPDATED", "CREATED");
        AuditLogEntry update = trail.getFirst();
        assertThat(update.username()).isEqualTo("admin");
        assertThat(update.label()).isEqualTo("Audit Trail Vendor");
        assertThat(update.changes()).containsExactly(new AuditEntry.FieldChange("vendor.notes", "first", "second"));
        assertThat(trail.get(1).changes())
                .contains(new AuditEntry.FieldChange("vendor.name", "", "Audit Trail Vendor"));
        assertThat(audit.count(new AuditLogFilter(null, "Vendor", created.id(), null, null)))
                .isEqualTo(2);

        vendors.delete(created.id(), vendors.get(created.id()).version());
        AuditLogEntry deletion = audit.page(
                        new AuditLogFilter(null, "Vendor", created.id(), null, null), PageRequest.of(0, 1))
                .getFirst();
        assertThat(deletion.action()).isEqualTo("DELETED");
        assertThat(deletion.label()).isEqualTo("Audit Trail Vendor");
        assertThat(deletion.changes()).contains(new AuditEntry.FieldChange("vendor.notes", "second", ""));
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void a_refused_sign_in_is_in_the_trail_but_a_refused_bearer_token_is_not() {
        Instant before = Instant.now().minus(1, ChronoUnit.SECONDS);
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated("nobody-audit", "guess"),
                new BadCredentialsException("bad")));
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                new BearerTokenAuthenticationToken("pxp_secret-that-must-not-be-logged"),
                new BadCredentialsException("bad")));

        List<AuditLogEntry> security =
                audit.page(new AuditLogFilter(null, AuditLog.SECURITY, null, before, null), PageRequest.of(0, 50));

        assertThat(security)
                .filteredOn(e -> e.username().equals("nobody-audit"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo(IdentityEvent.LOGIN_FAILED.name());
                    assertThat(e.detail()).isEqualTo("bad-credentials");
                });
        assertThat(security)
                .noneMatch(e -> e.username().contains("secret") || e.detail().contains("secret"));
        assertThat(audit.page(new AuditLogFilter("NOBODY-AUDIT", null, null, before, null), PageRequest.of(0, 50)))
                .as("the user filter ignores case and mixes record changes and security events")
                .extracting(AuditLogEntry::username)
                .containsOnly("nobody-audit");
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void pages_follow_each_other_newest_first_and_add_up_to_the_count() {
        AuditLogFilter all = AuditLogFilter.all();
        long count = audit.count(all);
        List<AuditLogEntry> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(audit.page(all, PageRequest.of(page, 7)));
        }

        assertThat(count).isGreaterThan(21);
        assertThat(paged).hasSize(21);
        assertThat(paged).isEqualTo(audit.page(all, PageRequest.of(0, 21)));
        assertThat(paged).extracting(AuditLogEntry::at).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(audit.count(
                        new AuditLogFilter(null, null, null, Instant.now().plus(1, ChronoUnit.DAYS), null)))
                .isZero();
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void every_record_type_has_a_name_in_every_language() {
        List<String> types = new ArrayList<>(audit.recordTypes());
        types.add(AuditLog.SECURITY);
        assertThat(types).contains("Vendor", "Contract", "AppUser", "UsageMeasurement");
        for (Locale language : Languages.SUPPORTED) {
            assertThat(types)
                    .allSatisfy(type -> assertThat(messages.getMessage("audit.type." + type, null, null, language))
                            .as("audit.type.%s in %s", type, language)
                            .isNotBlank());
        }
    }

    @Test
    @WithMockUser(
            username = "finance",
            roles = {"FINANCE", "PRODUCT_OWNER", "STEERING"})
    void the_trail_itself_refuses_whoever_may_not_open_the_audit_view() {
        AuditLogFilter all = AuditLogFilter.all();
        assertThatThrownBy(() -> trail.page(all, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.count(all)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.recordTypes()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    @Transactional(readOnly = true)
    void the_trail_itself_answers_an_auditor() {
        AuditLogFilter all = AuditLogFilter.all();
        assertThat(trail.count(all)).isPositive();
        assertThat(trail.page(all, PageRequest.of(0, 10))).isNotEmpty();
    }
}
