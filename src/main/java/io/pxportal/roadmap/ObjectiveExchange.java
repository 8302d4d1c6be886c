package io.pxportal.roadmap;

import io.pxportal.exchange.ImportColumn;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRow;
import io.pxportal.exchange.RecordExchange;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
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

/**
 * Strategic objectives as CSV/XLSX rows, matched by code. Weights are not imported: they are versioned and changed
 * as a whole set (objectives view, or {@code PUT /api/v1/roadmap/weights}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
@Order(60)
class ObjectiveExchange implements RecordExchange<ObjectiveDraft> {

    private final ObjectiveService service;
    private final ObjectiveRepository repository;

    ObjectiveExchange(ObjectiveService service, ObjectiveRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    @Override
    public String type() {
        return "roadmap-objectives";
    }

    @Override
    public String labelKey() {
        return "roadmap.objectives";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("code", "roadmap.objective.code", "CLOUD", "Objective code", "Key"),
                ImportColumn.required("name", "roadmap.objective.name", "Cloud-first", "Objective", "Goal"),
                ImportColumn.optional(
                        "description",
                        "roadmap.objective.description",
                        "New capabilities run as SaaS or in our cloud",
                        "Details"),
                ImportColumn.required("validFrom", "roadmap.objective.valid-from", "2025-01-01", "From", "Start"),
                ImportColumn.optional("validTo", "roadmap.objective.valid-to", "", "To", "End"));
    }

    @Override
    public boolean mayImport() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.STEERING);
    }

    @Override
    public ObjectiveDraft read(ImportRow row) {
        return new ObjectiveDraft(
                row.text("code"),
                row.text("name"),
                row.text("description"),
                row.date("validFrom"),
                row.date("validTo"),
                null);
    }

    @Override
    public String naturalKey(ObjectiveDraft draft) {
        return draft.code().trim().toUpperCase();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'STEERING')")
    public ImportOutcome upsert(List<ObjectiveDraft> drafts) {
        ImportOutcome outcome = new ImportOutcome(0, 0, 0);
        for (ObjectiveDraft draft : drafts) {
            var existing = repository.findByCodeIgnoreCase(draft.code().trim());
            if (existing.isEmpty()) {
                service.create(draft);
                outcome = outcome.plus(new ImportOutcome(1, 0, 0));
            } else if (comparable(existing.get().toDraft()).equals(comparable(new Objective(draft).toDraft()))) {
                outcome = outcome.plus(new ImportOutcome(0, 0, 1));
            } else {
                service.update(
                        existing.get().getId(),
                        new ObjectiveDraft(
                                draft.code(),
                                draft.name(),
                                draft.description(),
                                draft.validFrom(),
                                draft.validTo(),
                                existing.get().getVersion()));
                outcome = outcome.plus(new ImportOutcome(0, 1, 0));
            }
        }
        return outcome;
    }

    @Override
    public List<List<Object>> exportPage(Pageable pageable) {
        List<List<Object>> rows = new ArrayList<>();
        for (Objective o : repository.findAll(
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("code", "id")))) {
            ObjectiveDraft d = o.toDraft();
            rows.add(new ArrayList<>(Arrays.asList(d.code(), d.name(), d.description(), d.validFrom(), d.validTo())));
        }
        return rows;
    }

    private static List<Object> comparable(ObjectiveDraft d) {
        return Arrays.asList(d.code(), d.name(), d.description(), d.validFrom(), d.validTo());
    }
}
