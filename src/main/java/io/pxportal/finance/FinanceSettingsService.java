package io.pxportal.finance;

import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.RecordVersions;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The finance settings: everyone logged in reads them (every figure depends on them); ADMIN and FINANCE change them. */
@Service
@Validated
@Transactional(readOnly = true)
public class FinanceSettingsService {

    private final FinanceSettingsRepository settings;
    private final AuditTrail auditTrail;
    private final RecordVersions recordVersions;

    FinanceSettingsService(FinanceSettingsRepository settings, AuditTrail auditTrail, RecordVersions recordVersions) {
        this.settings = settings;
        this.auditTrail = auditTrail;
        this.recordVersions = recordVersions;
    }

    @PreAuthorize("isAuthenticated()")
    public FinanceSettings get() {
        return record().toSettings();
    }

    /** Saves the settings; refuses when someone else saved them since {@code changed.version()}. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public FinanceSettings update(@Valid FinanceSettings changed) {
        FinanceSettingsRecord stored = record();
        ConcurrentEditException.check(changed.version(), stored.getVersion(), "finance settings");
        if (!Money.isCurrency(changed.reportingCurrency())) {
            throw new DomainException("finance.currency.unknown", changed.reportingCurrency());
        }
        stored.describe(changed);
        return recordVersions
                .saved(settings.saveAndFlush(stored), changed.version())
                .toSettings();
    }

    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history() {
        return AuditTrail.newestFirst(
                auditTrail.history(FinanceSettingsRecord.class, FinanceSettingsRecord.ID, s -> "finance settings"));
    }

    private FinanceSettingsRecord record() {
        return settings.findById(FinanceSettingsRecord.ID).orElseThrow();
    }
}
