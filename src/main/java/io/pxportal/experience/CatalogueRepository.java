package io.pxportal.experience;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueRepository extends JpaRepository<CatalogueVersion, Long> {

    Optional<CatalogueVersion> findTopByOrderByNumberDesc();

    Optional<CatalogueVersion> findByNumber(int number);

    List<CatalogueVersion> findAllByOrderByNumberDesc();
}
