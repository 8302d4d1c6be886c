package io.pxportal.portfolio;

import io.pxportal.shared.Texts;
import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Map;
import org.hibernate.envers.Audited;

/** A person at a vendor: account team, support lead, escalation contact. Part of the vendor aggregate. */
@Entity
@Table(name = "vendor_contact")
@Audited
class VendorContact implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id")
    private Vendor vendor;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "contact_role", length = 120)
    private String role;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    protected VendorContact() {}

    VendorContact(Vendor vendor, ContactData data) {
        this.vendor = vendor;
        describe(data);
    }

    void describe(ContactData data) {
        ContactData clean = normalize(data);
        this.name = clean.name();
        this.role = clean.role();
        this.email = clean.email();
        this.phone = clean.phone();
    }

    /** Trimmed, with blank optional fields as null, as stored. */
    static ContactData normalize(ContactData data) {
        return new ContactData(
                data.name().trim(),
                Texts.trimmedOrNull(data.role()),
                Texts.trimmedOrNull(data.email()),
                Texts.trimmedOrNull(data.phone()));
    }

    ContactData toData() {
        return new ContactData(name, role, email, phone);
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "contact.name", name,
                "contact.role", role,
                "contact.email", email,
                "contact.phone", phone);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }
}
