package io.pxportal.experience;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** That someone has answered a platform's pulse in a quarter — not what they answered. */
@Entity
@Table(name = "experience_survey_participant")
class SurveyParticipant {

    @EmbeddedId
    private Key key;

    protected SurveyParticipant() {}

    SurveyParticipant(Long platformId, Quarter period, String username) {
        this.key = new Key(platformId, period.toString(), username);
    }

    @Embeddable
    record Key(
            @Column(name = "platform_id") Long platformId,
            @Column(length = 7) String period,
            @Column(length = 64) String username)
            implements Serializable {}
}
