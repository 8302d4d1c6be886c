package io.pxportal.experience;

import io.pxportal.shared.Texts;
import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Map;
import org.hibernate.envers.Audited;

/** The value of one metric for one platform in one quarter. */
@Entity
@Table(name = "experience_observation")
@Audited
class Observation implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(name = "platform_id", nullable = false)
    private Long platformId;

    @Column(name = "metric_code", nullable = false, length = 60)
    private String metricCode;

    @Column(nullable = false, length = 7)
    private String period;

    @Column(name = "observed_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(length = 500)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ObservationOrigin origin;

    protected Observation() {}

    Observation(Long platformId, String metricCode, Quarter period) {
        this.platformId = platformId;
        this.metricCode = metricCode;
        this.period = period.toString();
    }

    /** Records the value (and how it arrived); a note says where it comes from, if anyone should ask. */
    void record(BigDecimal value, String note, ObservationOrigin origin) {
        this.value = value;
        this.note = Texts.strippedOrNull(note);
        this.origin = origin;
    }

    boolean sameAs(BigDecimal otherValue, String otherNote) {
        String trimmed = Texts.strippedOrNull(otherNote);
        return value.compareTo(otherValue) == 0 && java.util.Objects.equals(note, trimmed);
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "experience.observation.metric",
                metricCode,
                "experience.observation.period",
                period,
                "experience.observation.value",
                value == null ? null : value.stripTrailingZeros().toPlainString(),
                "experience.observation.note",
                note,
                "experience.observation.origin",
                AuditTrail.key("experience.origin", origin));
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    Long getPlatformId() {
        return platformId;
    }

    String getMetricCode() {
        return metricCode;
    }

    Quarter getPeriod() {
        return Quarter.parse(period);
    }

    BigDecimal getValue() {
        return value;
    }

    String getNote() {
        return note;
    }

    ObservationOrigin getOrigin() {
        return origin;
    }

    String label() {
        return metricCode + " " + period;
    }
}
