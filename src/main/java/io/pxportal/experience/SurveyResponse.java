package io.pxportal.experience;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.EnumMap;
import java.util.Map;

/**
 * One anonymous pulse response. Deliberately not audited: an audit revision records who made the change, which
 * would undo the anonymity the threshold protects.
 */
@Entity
@Table(name = "experience_survey_response")
class SurveyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "platform_id", nullable = false)
    private Long platformId;

    @Column(nullable = false, length = 7)
    private String period;

    @Column(nullable = false)
    private int cost;

    @Column(nullable = false)
    private int support;

    @Column(nullable = false)
    private int roadmap;

    @Column(nullable = false)
    private int governance;

    @Column(name = "customer_value", nullable = false)
    private int customerValue;

    @Column(name = "team_experience", nullable = false)
    private int teamExperience;

    @Column(name = "vendor_partner", nullable = false)
    private int vendorPartner;

    @Column(name = "comment_text", length = 2000)
    private String comment;

    protected SurveyResponse() {}

    SurveyResponse(Long platformId, Quarter period, SurveyAnswers answers) {
        this.platformId = platformId;
        this.period = period.toString();
        Map<SurveyQuestion, Integer> r = answers.ratings();
        this.cost = r.get(SurveyQuestion.COST);
        this.support = r.get(SurveyQuestion.SUPPORT);
        this.roadmap = r.get(SurveyQuestion.ROADMAP);
        this.governance = r.get(SurveyQuestion.GOVERNANCE);
        this.customerValue = r.get(SurveyQuestion.CUSTOMER_VALUE);
        this.teamExperience = r.get(SurveyQuestion.TEAM_EXPERIENCE);
        this.vendorPartner = r.get(SurveyQuestion.VENDOR_PARTNER);
        this.comment = answers.comment();
    }

    Map<SurveyQuestion, Integer> ratings() {
        Map<SurveyQuestion, Integer> r = new EnumMap<>(SurveyQuestion.class);
        r.put(SurveyQuestion.COST, cost);
        r.put(SurveyQuestion.SUPPORT, support);
        r.put(SurveyQuestion.ROADMAP, roadmap);
        r.put(SurveyQuestion.GOVERNANCE, governance);
        r.put(SurveyQuestion.CUSTOMER_VALUE, customerValue);
        r.put(SurveyQuestion.TEAM_EXPERIENCE, teamExperience);
        r.put(SurveyQuestion.VENDOR_PARTNER, vendorPartner);
        return r;
    }

    Long getPlatformId() {
        return platformId;
    }

    String getComment() {
        return comment;
    }
}
