package io.pxportal.governance;

import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One agenda item as a review saw it when it closed; written once, never changed. */
@Entity
@Table(name = "steering_agenda_item")
class FrozenAgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 30)
    private String section;

    @Column(name = "subject_type", nullable = false, length = 30)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "platform_id")
    private Long platformId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "needs_decision", nullable = false)
    private boolean needsDecision;

    @ElementCollection
    @CollectionTable(name = "steering_agenda_figure", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<Figure> figures = new ArrayList<>();

    /** A frozen figure: the same neutral text form as {@link AgendaFigure}. */
    @Embeddable
    static class Figure {

        @Column(name = "label_key", nullable = false, length = 80)
        private String labelKey;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 10)
        private AgendaFigure.Kind kind;

        @Column(name = "figure_value", nullable = false, length = 300)
        private String value;

        @Column(nullable = false, length = 10)
        private String unit;

        protected Figure() {}

        Figure(AgendaFigure figure) {
            this.labelKey = figure.labelKey();
            this.kind = figure.kind();
            this.value = figure.value().length() > 300 ? figure.value().substring(0, 300) : figure.value();
            this.unit = figure.unit();
        }

        AgendaFigure toFigure() {
            return new AgendaFigure(labelKey, kind, value, unit);
        }
    }

    protected FrozenAgendaItem() {}

    FrozenAgendaItem(Long reviewId, int position, String section, AgendaItem item) {
        this.reviewId = reviewId;
        this.position = position;
        this.section = section;
        this.subjectType = item.subjectType();
        this.subjectId = item.subjectId();
        this.platformId = item.platformId();
        this.title = item.title().length() > 300 ? item.title().substring(0, 300) : item.title();
        this.needsDecision = item.needsDecision();
        item.figures().forEach(f -> figures.add(new Figure(f)));
    }

    String getSection() {
        return section;
    }

    Long getReviewId() {
        return reviewId;
    }

    String getSubjectType() {
        return subjectType;
    }

    Long getSubjectId() {
        return subjectId;
    }

    Long getPlatformId() {
        return platformId;
    }

    boolean isNeedsDecision() {
        return needsDecision;
    }

    AgendaItem toItem() {
        return new AgendaItem(
                subjectType,
                subjectId,
                platformId,
                title,
                figures.stream().map(Figure::toFigure).toList(),
                needsDecision);
    }
}
