package io.pxportal.finance;

import io.pxportal.exchange.ImportColumn;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRow;
import io.pxportal.exchange.RecordExchange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** FX rates as CSV/XLSX rows (e.g. a central bank's monthly averages), matched by month and currency pair. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
@Order(62)
class FxRateExchange implements RecordExchange<FxRateDraft> {

    private final FxRateService service;
    private final FxRateRepository rates;

    FxRateExchange(FxRateService service, FxRateRepository rates) {
        this.service = service;
        this.rates = rates;
    }

    @Override
    public String type() {
        return "fx-rates";
    }

    @Override
    public String labelKey() {
        return "finance.menu.rates";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("month", "finance.rate.month", "2026-03", "Period", "Date"),
                ImportColumn.required("base", "finance.rate.base", "EUR", "From", "Base currency"),
                ImportColumn.required("quote", "finance.rate.quote", "USD", "To", "Quote currency", "Currency"),
                ImportColumn.required("rate", "finance.rate.rate", "1.0850", "Rate", "Exchange rate"));
    }

    @Override
    public boolean mayImport() {
        return FinanceAccess.isFinance();
    }

    @Override
    public FxRateDraft read(ImportRow row) {
        return new FxRateDraft(
                FinanceLookups.month(row, "month"),
                FinanceLookups.currency(row, "base"),
                FinanceLookups.currency(row, "quote"),
                row.decimal("rate"),
                null);
    }

    @Override
    public String naturalKey(FxRateDraft draft) {
        return draft.month() + "/" + draft.base() + "/" + draft.quote();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public ImportOutcome upsert(List<FxRateDraft> drafts) {
        ImportOutcome outcome = new ImportOutcome(0, 0, 0);
        for (FxRateDraft draft : drafts) {
            var existing = rates.findByMonthAndBaseAndQuote(draft.month().atDay(1), draft.base(), draft.quote());
            if (existing.isEmpty()) {
                service.save(draft);
                outcome = outcome.plus(new ImportOutcome(1, 0, 0));
            } else if (existing.get().toDraft().rate().compareTo(draft.rate()) == 0) {
                outcome = outcome.plus(new ImportOutcome(0, 0, 1));
            } else {
                service.save(new FxRateDraft(
                        draft.month(),
                        draft.base(),
                        draft.quote(),
                        draft.rate(),
                        existing.get().getVersion()));
                outcome = outcome.plus(new ImportOutcome(0, 1, 0));
            }
        }
        return outcome;
    }

    @Override
    public List<List<Object>> exportPage(Pageable pageable) {
        List<List<Object>> rows = new ArrayList<>();
        rates.findAll(PageRequest.of(
                        pageable.getPageNumber(), pageable.getPageSize(), Sort.by("month", "base", "quote", "id")))
                .forEach(r -> {
                    FxRateDraft d = r.toDraft();
                    rows.add(new ArrayList<>(Arrays.asList(d.month().toString(), d.base(), d.quote(), d.rate())));
                });
        return rows;
    }
}
