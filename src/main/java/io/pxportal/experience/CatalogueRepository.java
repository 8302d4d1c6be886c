package io.pxportal.experience;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CatalogueRepository extends JpaRepository<CatalogueVersion, Long> {

    Optional<CatalogueVersion> findTopByOrderByNumberDesc();

    /** The newest version's id, without loading it (scoring reads versions from a cache). */
    @Query("select c.id from CatalogueVersion c where c.number = (select max(n.number) from CatalogueVersion n)")
    Optional<Long> findLatestId();

    Optional<CatalogueVersion> findByNumber(int number);

    List<CatalogueVersion> findAllByOrderByNumberDesc();

    /** Whether anyone other than the given system actor (the defaults at first start) published a version. */
    boolean existsByPublishedByNot(String publishedBy);
}
