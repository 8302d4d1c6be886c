package io.pxportal.finance;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FxRateRepository extends JpaRepository<FxRate, Long> {

    Optional<FxRate> findByMonthAndBaseAndQuote(LocalDate month, String base, String quote);
}
