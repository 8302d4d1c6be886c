package io.pxportal.portfolio;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface VendorRepository extends JpaRepository<Vendor, Long>, JpaSpecificationExecutor<Vendor> {

    Optional<Vendor> findByNameIgnoreCase(String name);

    /** Every vendor's id and name, [id, name]: an import matches its rows' names to them in one query. */
    @Query("select v.id, v.name from Vendor v")
    List<Object[]> idsAndNames();

    @EntityGraph(attributePaths = "contacts")
    Optional<Vendor> findWithContactsById(Long id);

    @EntityGraph(attributePaths = "contacts")
    List<Vendor> findWithContactsByIdIn(Collection<Long> ids);

    /** Platform counts per vendor, for one page of vendors: [vendorId, count]. */
    @Query("select p.vendor.id, count(p) from Platform p where p.vendor.id in :ids group by p.vendor.id")
    List<Object[]> countPlatforms(Collection<Long> ids);
}
