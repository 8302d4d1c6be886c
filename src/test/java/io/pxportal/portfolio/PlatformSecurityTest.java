package io.pxportal.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

@PortalIntegrationTest
class PlatformSecurityTest {

    @Autowired
    PlatformService platforms;

    private PlatformDetails platformNamed(String name) {
        return platforms
                .page(new PlatformFilter(name, null, null, null, false), PageRequest.of(0, 5, Sort.by("name")))
                .stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static PlatformDraft renamedDraft(PlatformDetails p, String notes) {
        return new PlatformDraft(
                p.name(),
                p.vendor().id(),
                p.product(),
                p.productVersion(),
                p.deployment(),
                p.lifecycle(),
                p.environments(),
                p.businessUnits(),
                Set.copyOf(p.owners().stream().map(o -> o.username()).toList()),
                notes,
                p.version());
    }

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void finance_can_read_but_not_change_a_platform() {
        PlatformDetails exstream = platformNamed("Exstream Statements");
        assertThat(exstream.editable()).isFalse();
        assertThatThrownBy(() -> platforms.update(exstream.id(), renamedDraft(exstream, "finance was here")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void product_owner_cannot_change_a_platform_owned_by_someone_else() {
        PlatformDetails exstream = platformNamed("Exstream Statements");
        assertThat(exstream.editable()).isFalse();
        assertThatThrownBy(() -> platforms.update(exstream.id(), renamedDraft(exstream, "not mine")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void product_owner_changes_own_platform_and_history_shows_old_and_new_value() {
        PlatformDetails inspire = platformNamed("Inspire Correspondence");
        assertThat(inspire.editable()).isTrue();
        PlatformDetails saved = platforms.update(inspire.id(), renamedDraft(inspire, "Renewal prepared by Marc"));

        assertThat(saved.notes()).isEqualTo("Renewal prepared by Marc");
        assertThat(platforms.history(inspire.id()).getFirst().changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("platform.notes");
            assertThat(c.oldValue()).isEqualTo(inspire.notes());
            assertThat(c.newValue()).isEqualTo("Renewal prepared by Marc");
        });
        assertThat(platforms.history(inspire.id()).getFirst().username()).isEqualTo("marc");
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void product_owner_cannot_assign_owners() {
        PlatformDetails pilot = platformNamed("SmartCOMM Onboarding Pilot");
        PlatformDraft withOlena = new PlatformDraft(
                pilot.name(),
                pilot.vendor().id(),
                pilot.product(),
                pilot.productVersion(),
                pilot.deployment(),
                pilot.lifecycle(),
                pilot.environments(),
                pilot.businessUnits(),
                Set.of("marc", "olena"),
                pilot.notes(),
                pilot.version());
        assertThatThrownBy(() -> platforms.update(pilot.id(), withOlena))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("platform.owners.admin-only");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_stale_version_is_refused_and_nothing_is_overwritten() {
        PlatformDetails cloud = platformNamed("OpenText Communications Cloud");
        platforms.update(cloud.id(), renamedDraft(cloud, "first edit"));

        assertThatThrownBy(() -> platforms.update(cloud.id(), renamedDraft(cloud, "second edit from stale form")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(platforms.get(cloud.id()).notes()).isEqualTo("first edit");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_platform_that_contracts_cover_cannot_be_deleted_and_says_why() {
        PlatformDetails exstream = platformNamed("Exstream Statements");
        assertThatThrownBy(() -> platforms.delete(exstream.id(), exstream.version()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("error.in-use");
        assertThat(platforms.get(exstream.id()).name()).isEqualTo("Exstream Statements");
    }

    @Test
    void anonymous_caller_reaches_no_service() {
        assertThatThrownBy(() -> platforms.count(PlatformFilter.all()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
