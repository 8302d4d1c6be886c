package io.pxportal.portfolio;

import io.pxportal.identity.UserRef;
import io.pxportal.shared.Texts;
import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.IdSequenceMigration;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

/** A CCM platform the enterprise runs; owned by one or more product owners (by username). */
@Entity
@Table(name = "platform")
@Audited
class Platform implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_ids")
    @SequenceGenerator(
            name = "platform_ids",
            sequenceName = "platform_seq",
            allocationSize = IdSequenceMigration.ALLOCATION)
    private Long id;

    @Version
    private Long version;

    @Column(nullable = false, unique = true, length = 120)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id")
    private Vendor vendor;

    @Column(nullable = false, length = 120)
    private String product;

    @Column(name = "product_version", length = 40)
    private String productVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Deployment deployment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Lifecycle lifecycle;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "platform_environment", joinColumns = @JoinColumn(name = "platform_id"))
    @Column(name = "environment", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<PlatformEnvironment> environments = EnumSet.noneOf(PlatformEnvironment.class);

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "platform_business_unit", joinColumns = @JoinColumn(name = "platform_id"))
    @Column(name = "business_unit", nullable = false, length = 120)
    private Set<String> businessUnits = new TreeSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "platform_owner", joinColumns = @JoinColumn(name = "platform_id"))
    @Column(name = "username", nullable = false, length = 64)
    private Set<String> owners = new TreeSet<>();

    @Column(length = 4000)
    private String notes;

    protected Platform() {}

    Platform(PlatformDraft draft, Vendor vendor) {
        describe(draft, vendor);
        owners.addAll(draft.owners());
    }

    /** Takes over the descriptive fields; ownership changes go through {@link #assignOwners}. */
    void describe(PlatformDraft draft, Vendor vendor) {
        this.name = draft.name().trim();
        this.vendor = vendor;
        this.product = draft.product().trim();
        this.productVersion = Texts.trimmedOrNull(draft.productVersion());
        this.deployment = draft.deployment();
        this.lifecycle = draft.lifecycle();
        replace(environments, draft.environments());
        replace(
                businessUnits,
                draft.businessUnits().stream()
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet()));
        this.notes = Texts.trimmedOrNull(draft.notes());
    }

    void assignOwners(Set<String> usernames) {
        replace(owners, usernames);
    }

    boolean isOwnedBy(String username) {
        return owners.contains(username);
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "platform.name",
                name,
                "platform.vendor",
                vendor == null ? null : vendor.getName(),
                "platform.product",
                product,
                "platform.product-version",
                productVersion,
                "platform.deployment",
                AuditTrail.key("deployment", deployment),
                "platform.lifecycle",
                AuditTrail.key("lifecycle", lifecycle),
                "platform.environments",
                String.join(
                        ", ",
                        environments.stream()
                                .sorted()
                                .map(e -> AuditTrail.key("environment", e))
                                .toList()),
                "platform.business-units",
                String.join(", ", new TreeSet<>(businessUnits)),
                "platform.owners",
                String.join(", ", new TreeSet<>(owners)),
                "platform.notes",
                notes);
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

    Vendor getVendor() {
        return vendor;
    }

    String getProduct() {
        return product;
    }

    String getProductVersion() {
        return productVersion;
    }

    Deployment getDeployment() {
        return deployment;
    }

    Lifecycle getLifecycle() {
        return lifecycle;
    }

    Set<PlatformEnvironment> getEnvironments() {
        return environments.isEmpty() ? EnumSet.noneOf(PlatformEnvironment.class) : EnumSet.copyOf(environments);
    }

    Set<String> getBusinessUnits() {
        return new TreeSet<>(businessUnits);
    }

    Set<String> getOwners() {
        return new TreeSet<>(owners);
    }

    String getNotes() {
        return notes;
    }

    /**
     * The platform as lists show it, the owners with their names from {@code users} (by username; a username not
     * found stands for itself) and whether the current user may change it ({@code editable}).
     */
    PlatformDetails toDetails(Map<String, UserRef> users, boolean editable) {
        return new PlatformDetails(
                id,
                version,
                name,
                new VendorRef(vendor.getId(), vendor.getName()),
                product,
                productVersion,
                deployment,
                lifecycle,
                getEnvironments(),
                getBusinessUnits(),
                getOwners().stream()
                        .map(u -> users.getOrDefault(u, new UserRef(null, u, u)))
                        .toList(),
                notes,
                editable);
    }
}
