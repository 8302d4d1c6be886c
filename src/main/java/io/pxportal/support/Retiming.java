package io.pxportal.support;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.envers.Audited;

/**
 * One re-timing of tickets after a change of a calendar or policy: written in the change's transaction, so the
 * Envers revision that holds the change also names it and says how many tickets were re-timed, and from when.
 */
@Entity
@Table(name = "sla_retiming")
@Audited
class Retiming implements AuditSnapshot {

    /** What changed. */
    enum Subject {
        CALENDAR,
        POLICY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Subject subject;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "subject_name", nullable = false, length = 120)
    private String subjectName;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(nullable = false)
    private int tickets;

    @Column(name = "retimed_at", nullable = false)
    private Instant retimedAt;

    protected Retiming() {}

    Retiming(Subject subject, Long subjectId, String subjectName, LocalDate periodFrom, int tickets, Instant at) {
        this.subject = subject;
        this.subjectId = subjectId;
        this.subjectName = subjectName;
        this.periodFrom = periodFrom;
        this.tickets = tickets;
        this.retimedAt = at;
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "support.retiming.subject", AuditTrail.key("support.retiming", subject),
                "support.retiming.name", subjectName,
                "support.retiming.from", periodFrom,
                "support.retiming.tickets", tickets);
    }

    Long getId() {
        return id;
    }

    Subject getSubject() {
        return subject;
    }

    Long getSubjectId() {
        return subjectId;
    }

    LocalDate getPeriodFrom() {
        return periodFrom;
    }

    int getTickets() {
        return tickets;
    }
}
