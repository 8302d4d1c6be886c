package io.pxportal.portfolio;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PlatformRepository extends JpaRepository<Platform, Long>, JpaSpecificationExecutor<Platform> {

    @Override
    @EntityGraph(attributePaths = "vendor")
    Page<Platform> findAll(Specification<Platform> spec, Pageable pageable);

    Optional<Platform> findByNameIgnoreCase(String name);

    /** Every platform's id and name, [id, name]: an import matches its rows' names to them in one query. */
    @Query("select p.id, p.name from Platform p")
    List<Object[]> idsAndNames();

    /** Every platform's vendor, [platform id, vendor id]. */
    @Query("select p.id, p.vendor.id from Platform p")
    List<Object[]> vendorLinks();

    boolean existsByVendorId(Long vendorId);

    /** The platforms not being retired, [id, vendor id]. */
    @Query("select p.id, p.vendor.id from Platform p where p.lifecycle <> io.pxportal.portfolio.Lifecycle.RETIRE")
    List<Object[]> activeLinks();

    /** The platforms not being retired that the user owns, [id, vendor id]. */
    @Query("select p.id, p.vendor.id from Platform p join p.owners o "
            + "where o = :username and p.lifecycle <> io.pxportal.portfolio.Lifecycle.RETIRE")
    List<Object[]> activeLinksOwnedBy(String username);

    /** How many platforms not being retired have no owner. */
    @Query("select count(p) from Platform p where p.lifecycle <> io.pxportal.portfolio.Lifecycle.RETIRE "
            + "and p.owners is empty")
    long countActiveWithoutOwner();

    @Query("select count(p) > 0 from Platform p join p.owners o where p.id = :platformId and o = :username")
    boolean isOwnedBy(Long platformId, String username);

    /** Of the given platforms, those the user owns: one query for a whole page of records. */
    @Query("select p.id from Platform p join p.owners o where p.id in :platformIds and o = :username")
    List<Long> ownedAmong(java.util.Collection<Long> platformIds, String username);

    /** The owners of the given platforms as [platform id, username] pairs. */
    @Query("select p.id, o from Platform p join p.owners o where p.id in :platformIds")
    List<Object[]> ownersOf(java.util.Collection<Long> platformIds);

    /** Platform counts by lifecycle and deployment: [lifecycle, deployment, count]. */
    @Query("select p.lifecycle, p.deployment, count(p) from Platform p group by p.lifecycle, p.deployment")
    List<Object[]> countByLifecycleAndDeployment();
}
