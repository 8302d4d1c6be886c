package io.pxportal.experience;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    List<SurveyResponse> findByPeriodAndPlatformIdIn(String period, Collection<Long> platformIds);

    @Query("select min(r.period) from SurveyResponse r")
    Optional<String> earliestPeriod();
}
