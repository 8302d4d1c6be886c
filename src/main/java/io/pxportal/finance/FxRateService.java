package io.pxportal.finance;

import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.domain.RecordVersions;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** FX rates per month: everyone logged in reads them; ADMIN and FINANCE enter, correct and remove them. */
@Service
@Validated
@Transactional(readOnly = true)
public class FxRateService {

    private static final Sort NEWEST_FIRST =
            Sort.by(Sort.Order.desc("month"), Sort.Order.asc("base"), Sort.Order.asc("quote"));

    private final FxRateRepository rates;
    private final AuditTrail auditTrail;
    private final RecordVersions recordVersions;

    FxRateService(FxRateRepository rates, AuditTrail auditTrail, RecordVersions recordVersions) {
        this.rates = rates;
        this.auditTrail = auditTrail;
        this.recordVersions = recordVersions;
    }

    /** One page of rates, newest month first unless sorted otherwise. */
    @PreAuthorize("isAuthenticated()")
    public List<FxRateView> page(Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        return rates.findAll(sorted)
                .map(r -> new FxRateView(r.getId(), r.toDraft()))
                .getContent();
    }

    @PreAuthorize("isAuthenticated()")
    public long count() {
        return rates.count();
    }

    /** Every rate, as the table all conversions use. */
    @PreAuthorize("isAuthenticated()")
    public FxTable table() {
        return new FxTable(rates.findAll().stream().map(FxRate::toRate).toList());
    }

    /**
     * Records the month's rate for the pair, or with the stored {@code version} corrects it. A second rate for a
     * month and pair that has one is refused, so a typo cannot silently replace a rate.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public FxRateView save(@Valid FxRateDraft draft) {
        if (!Money.isCurrency(draft.base()) || !Money.isCurrency(draft.quote())) {
            throw new DomainException("finance.currency.unknown", draft.base() + "/" + draft.quote());
        }
        if (draft.base().equals(draft.quote())) {
            throw new DomainException("finance.rate.same-currency");
        }
        var existing = rates.findByMonthAndBaseAndQuote(draft.month().atDay(1), draft.base(), draft.quote());
        FxRate rate;
        if (existing.isPresent()) {
            rate = existing.get();
            if (draft.version() == null) {
                throw new DomainException("finance.rate.exists", rate.label());
            }
            ConcurrentEditException.check(draft.version(), rate.getVersion(), rate.label());
            rate.setRate(draft.rate());
        } else if (draft.version() != null) {
            throw new ConcurrentEditException(draft.month() + " " + draft.base() + "/" + draft.quote());
        } else {
            rate = new FxRate(draft);
        }
        rate = recordVersions.saved(rates.saveAndFlush(rate), draft.version());
        return new FxRateView(rate.getId(), rate.toDraft());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public void delete(Long id, Long version) {
        FxRate rate = rates.findById(id).orElseThrow(() -> new NotFoundException("fx-rate", id));
        ConcurrentEditException.check(version, rate.getVersion(), rate.label());
        rates.delete(rate);
        rates.flush();
    }

    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Long id) {
        return AuditTrail.newestFirst(auditTrail.history(FxRate.class, id, FxRate::label));
    }
}
