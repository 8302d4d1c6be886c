package io.pxportal.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;

@PortalIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class VendorServiceTest {

    @Autowired
    VendorService vendors;

    private static VendorDraft draft(String name, Long version, ContactData... contacts) {
        return new VendorDraft(name, "DE", "https://example.org", "Kim", null, List.of(contacts), version);
    }

    @Test
    void paged_search_matches_name_and_counts_platforms() {
        List<VendorRow> page = vendors.page("open", PageRequest.of(0, 10, Sort.by("name")));

        assertThat(page).extracting(VendorRow::name).containsExactly("OpenText");
        assertThat(page.getFirst().platformCount()).isEqualTo(2);
        assertThat(vendors.count("open")).isEqualTo(1);
        assertThat(vendors.page("no such vendor", PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void a_vendor_that_still_supplies_platforms_cannot_be_deleted() {
        VendorRow quadient = vendors.page("Quadient", PageRequest.of(0, 1)).getFirst();
        assertThatThrownBy(() -> vendors.delete(quadient.id(), quadient.version()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("vendor.delete.has-platforms");
    }

    @Test
    void invalid_input_is_refused_before_anything_is_written() {
        assertThatThrownBy(() -> vendors.create(new VendorDraft(
                        " ",
                        "France",
                        "ftp://x",
                        null,
                        null,
                        List.of(new ContactData("", null, "not-an-email", null)),
                        null)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("name")
                .hasMessageContaining("country")
                .hasMessageContaining("website");
        assertThat(vendors.count("France")).isZero();
    }

    @Test
    void contact_changes_bump_the_version_so_a_stale_editor_is_refused() {
        VendorDetails created = vendors.create(draft("Contact Bump Vendor", null));
        VendorDetails withContact = vendors.update(
                created.id(),
                draft("Contact Bump Vendor", created.version(), new ContactData("Ana", "Support", null, null)));

        assertThat(withContact.version()).isGreaterThan(created.version());
        assertThatThrownBy(() -> vendors.update(created.id(), draft("Contact Bump Vendor", created.version())))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void history_covers_creation_contact_changes_and_deletion() {
        VendorDetails created = vendors.create(draft("History Vendor", null, new ContactData("Ana", null, null, null)));
        VendorDetails renamed = vendors.update(
                created.id(),
                draft("History Vendor Ltd", created.version(), new ContactData("Ana", "Escalations", null, null)));
        vendors.delete(created.id(), renamed.version());

        List<AuditEntry> history = vendors.history(created.id());
        assertThat(history)
                .extracting(AuditEntry::kind)
                .contains(AuditEntry.Kind.CREATED, AuditEntry.Kind.UPDATED, AuditEntry.Kind.DELETED);
        assertThat(history.getFirst().kind()).isEqualTo(AuditEntry.Kind.DELETED);
        assertThat(history)
                .flatExtracting(AuditEntry::changes)
                .contains(
                        new AuditEntry.FieldChange("vendor.name", "History Vendor", "History Vendor Ltd"),
                        new AuditEntry.FieldChange("contact.role", "", "Escalations"));
        assertThat(history).allSatisfy(e -> assertThat(e.username()).isEqualTo("admin"));
    }
}
