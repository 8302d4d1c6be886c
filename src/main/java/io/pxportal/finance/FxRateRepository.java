package io.pxportal.finance;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FxRateRepository extends JpaRepository<FxRate, Long> {

    Optional<FxRate> findByMonthAndBaseAndQuote(LocalDate month, String base, String quote);

    /** Every currency some rate converts from. */
    @org.springframework.data.jpa.repository.Query("select distinct r.base from FxRate r")
    java.util.List<String> baseCurrencies();

    /** Every currency some rate converts to. */
    @org.springframework.data.jpa.repository.Query("select distinct r.quote from FxRate r")
    java.util.List<String> quoteCurrencies();
}
