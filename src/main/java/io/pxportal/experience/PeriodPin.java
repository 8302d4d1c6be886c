package io.pxportal.experience;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A past quarter and the catalogue version it was scored with. */
@Entity
@Table(name = "experience_period_catalogue")
class PeriodPin {

    @Id
    @Column(length = 7)
    private String period;

    @Column(name = "catalogue_id", nullable = false)
    private Long catalogueId;

    protected PeriodPin() {}

    PeriodPin(Quarter period, Long catalogueId) {
        this.period = period.toString();
        this.catalogueId = catalogueId;
    }

    String getPeriod() {
        return period;
    }

    Long getCatalogueId() {
        return catalogueId;
    }
}
