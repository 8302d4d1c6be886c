package io.pxportal.experience;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    List<SurveyResponse> findByPeriodAndPlatformIdIn(String period, Collection<Long> platformIds);

    /**
     * Per platform and quarter: the number of answers and each question's sum, in {@link SurveyQuestion}'s order
     * (cost, support, roadmap, governance, customer value, team experience, vendor partner).
     */
    @Query("""
            select r.platformId, r.period, count(r), sum(r.cost), sum(r.support), sum(r.roadmap), sum(r.governance),
                   sum(r.customerValue), sum(r.teamExperience), sum(r.vendorPartner)
            from SurveyResponse r where r.period in :periods and r.platformId in :platformIds
            group by r.platformId, r.period""")
    List<Object[]> sums(Collection<String> periods, Collection<Long> platformIds);

    @Query("select min(r.period) from SurveyResponse r")
    Optional<String> earliestPeriod();
}
