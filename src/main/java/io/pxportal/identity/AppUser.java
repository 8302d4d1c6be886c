package io.pxportal.identity;

import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.security.Role;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A person who can log in. The password hash and the failed-login counter are not part of the history. */
@Entity
@Table(name = "app_user")
@Audited
class AppUser implements AuditSnapshot {

    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(length = 254)
    private String email;

    @NotAudited
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @NotAudited
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @NotAudited
    @Column(length = 16)
    private String locale;

    @NotAudited
    @Column(name = "rights_stamp", nullable = false)
    private long rightsStamp;

    @NotAudited
    @Column(name = "password_stamp", nullable = false)
    private long passwordStamp;

    @NotAudited
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @NotAudited
    @Column(name = "dark_theme", nullable = false)
    private boolean darkTheme;

    @NotAudited
    @Column(name = "start_path_dismissed", nullable = false)
    private boolean startPathDismissed;

    @NotAudited
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @NotAudited
    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    @NotAudited
    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "app_user_recovery_code", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "code_hash", nullable = false, length = 64)
    private Set<String> recoveryCodeHashes = new HashSet<>();

    /** The OpenID Connect provider the user signs in through; none for a user with the portal's own password. */
    @NotAudited
    @Column(name = "sign_in_provider", length = 64)
    private String signInProvider;

    @NotAudited
    @Column(name = "external_subject")
    private String externalSubject;

    @NotAudited
    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AppUser() {}

    AppUser(String username, String displayName, String email, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        update(displayName, email, roles, true);
    }

    /**
     * A user created at their first sign-in through an OpenID Connect provider: known there by {@code subject}, with
     * no password of the portal (the empty hash matches none, and the password login refuses such users anyway).
     */
    static AppUser signedInThrough(
            String provider, String subject, String username, String displayName, String email, Set<Role> roles) {
        AppUser user = new AppUser(username, displayName, email, "", roles);
        user.signInProvider = provider;
        user.externalSubject = subject;
        return user;
    }

    /** Whether the user signs in with the portal's own password (not through a provider). */
    boolean hasLocalPassword() {
        return signInProvider == null;
    }

    /** Changes what the user is; a change of roles or enabled state moves the rights stamp, a new name does not. */
    void update(String displayName, String email, Set<Role> roles, boolean enabled) {
        Set<Role> newRoles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (this.roles != null && (!newRoles.equals(getRoles()) || this.enabled != enabled)) {
            rightsStamp++;
        }
        this.displayName = displayName;
        this.email = email;
        this.roles = newRoles;
        this.enabled = enabled;
    }

    /** An admin set the password: every session of the user ends, and the user must choose a new one. */
    void resetPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        passwordStamp++;
        mustChangePassword = true;
    }

    /** The admin chose the first password too, so the user replaces it at the first login. */
    void requirePasswordChange() {
        mustChangePassword = true;
    }

    /** The user chose a new password: sessions opened with the old one end (the caller keeps its own). */
    void changeOwnPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        passwordStamp++;
        mustChangePassword = false;
    }

    /** The same password stored with a stronger algorithm: nothing about the user changed, so no session ends. */
    void upgradePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** Counts a failed login; the fifth in a row locks the account for 15 minutes. Returns whether it locked now. */
    boolean recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            failedLogins = 0;
            lockedUntil = now.plus(LOCK_DURATION);
            return true;
        }
        return false;
    }

    void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void choosePreferences(String locale, boolean darkTheme) {
        this.locale = locale;
        this.darkTheme = darkTheme;
    }

    void dismissStartPath(boolean dismissed) {
        this.startPathDismissed = dismissed;
    }

    /** A new secret to confirm with a code; until then sign-in does not ask for codes. */
    void startTwoStep(String secret) {
        if (hasTwoStep()) {
            throw new IllegalStateException("Two-step sign-in is already on for " + username);
        }
        totpSecret = secret;
        totpLastStep = 0;
    }

    /** The user proved with a code of time step {@code step} that their app holds the secret. */
    void confirmTwoStep(Instant now, long step, Set<String> recoveryHashes) {
        totpEnabledAt = now;
        totpLastStep = step;
        recoveryCodeHashes.clear();
        recoveryCodeHashes.addAll(recoveryHashes);
    }

    /** Signs in with a recovery code instead of an app's code: each works once. */
    boolean useRecoveryCode(String hash) {
        return hasTwoStep() && recoveryCodeHashes.remove(hash);
    }

    int recoveryCodesLeft() {
        return recoveryCodeHashes.size();
    }

    /** Sign-in asks for the password alone again. */
    void stopTwoStep() {
        totpSecret = null;
        totpEnabledAt = null;
        totpLastStep = 0;
        recoveryCodeHashes.clear();
    }

    /** A code of this time step was accepted: it and every earlier one are refused from now on. */
    void useTwoStepCode(long step) {
        totpLastStep = step;
    }

    boolean hasTwoStep() {
        return totpEnabledAt != null && totpSecret != null;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    Instant getTotpEnabledAt() {
        return totpEnabledAt;
    }

    long getTotpLastStep() {
        return totpLastStep;
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "user.username", username,
                "user.display-name", displayName,
                "user.email", email,
                "user.roles",
                        String.join(
                                ", ",
                                roles.stream()
                                        .sorted()
                                        .map(r -> AuditTrail.key("role", r))
                                        .toList()),
                "user.enabled", enabled,
                "user.locked-until", lockedUntil);
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    int getFailedLogins() {
        return failedLogins;
    }

    String getLocale() {
        return locale;
    }

    boolean isDarkTheme() {
        return darkTheme;
    }

    boolean isStartPathDismissed() {
        return startPathDismissed;
    }

    long getRightsStamp() {
        return rightsStamp;
    }

    long getPasswordStamp() {
        return passwordStamp;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    String getSignInProvider() {
        return signInProvider;
    }

    Instant getLastSignInAt() {
        return lastSignInAt;
    }

    Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
