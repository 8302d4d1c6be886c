package io.pxportal.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Sign-in rules for the whole portal, one row: whether ADMIN accounts must use two-step sign-in. */
@Entity
@Table(name = "identity_sign_in_policy")
class SignInPolicy {

    static final long ID = 1L;

    @Id
    private Long id;

    @Version
    private Long version;

    @Column(name = "admins_need_second_factor", nullable = false)
    private boolean adminsNeedSecondFactor;

    protected SignInPolicy() {}

    boolean adminsNeedSecondFactor() {
        return adminsNeedSecondFactor;
    }

    void requireSecondFactorForAdmins(boolean required) {
        this.adminsNeedSecondFactor = required;
    }
}
