package io.pxportal.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long>, JpaSpecificationExecutor<AppUser> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    /** What a session compares on every request: one row by the unique username, no roles. */
    @Query("select new io.pxportal.identity.SessionStamp(u.enabled, u.rightsStamp, u.passwordStamp) "
            + "from AppUser u where u.username = :username")
    Optional<SessionStamp> findStamp(String username);

    /** A provider's user, by the subject the provider knows them by. */
    Optional<AppUser> findBySignInProviderAndExternalSubject(String signInProvider, String externalSubject);

    /** The time of a sign-in, written past the version so that an admin's open edit of the user stays valid. */
    @Modifying
    @Query("update AppUser u set u.lastSignInAt = :at where lower(u.username) = lower(:username)")
    int recordSignIn(String username, Instant at);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    @Query("select u from AppUser u join u.roles r where r = io.pxportal.shared.security.Role.PRODUCT_OWNER "
            + "and u.enabled = true order by u.displayName")
    List<AppUser> findProductOwners();

    @Query("select u from AppUser u where u.enabled = true order by u.displayName, u.username")
    List<AppUser> findEnabled();

    @Query("select count(u) from AppUser u join u.roles r where r = io.pxportal.shared.security.Role.ADMIN "
            + "and u.enabled = true")
    long countEnabledAdmins();

    /** The roles at least one enabled user holds. */
    @Query("select distinct r from AppUser u join u.roles r where u.enabled = true")
    List<io.pxportal.shared.security.Role> rolesInUse();
}
