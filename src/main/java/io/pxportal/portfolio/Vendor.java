package io.pxportal.portfolio;

import io.pxportal.shared.Texts;
import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.Audited;

/** A supplier of CCM products, with its people. */
@Entity
@Table(name = "vendor")
@Audited
class Vendor implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(nullable = false, unique = true, length = 120)
    private String name;

    @Column(length = 2)
    private String country;

    @Column(length = 254)
    private String website;

    @Column(name = "account_manager", length = 120)
    private String accountManager;

    @Column(length = 4000)
    private String notes;

    @OneToMany(mappedBy = "vendor", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<VendorContact> contacts = new ArrayList<>();

    protected Vendor() {}

    Vendor(VendorDraft draft) {
        describe(draft);
    }

    /** Takes over the draft's fields and contacts. */
    void describe(VendorDraft draft) {
        this.name = draft.name().trim();
        this.country = Texts.trimmedOrNull(draft.country());
        this.website = Texts.trimmedOrNull(draft.website());
        this.accountManager = Texts.trimmedOrNull(draft.accountManager());
        this.notes = Texts.trimmedOrNull(draft.notes());
        List<ContactData> wanted =
                draft.contacts().stream().map(VendorContact::normalize).toList();
        if (contacts.stream().map(VendorContact::toData).toList().equals(wanted)) {
            return;
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (i < contacts.size()) {
                contacts.get(i).describe(wanted.get(i));
            } else {
                contacts.add(new VendorContact(this, wanted.get(i)));
            }
        }
        while (contacts.size() > wanted.size()) {
            contacts.removeLast();
        }
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "vendor.name", name,
                "vendor.country", country,
                "vendor.website", website,
                "vendor.account-manager", accountManager,
                "vendor.notes", notes);
    }

    VendorDetails toDetails() {
        return new VendorDetails(
                id,
                version,
                name,
                country,
                website,
                accountManager,
                notes,
                contacts.stream().map(VendorContact::toData).toList());
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    String getName() {
        return name;
    }

    String getCountry() {
        return country;
    }

    String getWebsite() {
        return website;
    }

    String getAccountManager() {
        return accountManager;
    }
}
