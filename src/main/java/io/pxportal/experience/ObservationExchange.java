package io.pxportal.experience;

import io.pxportal.exchange.ImportColumn;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRow;
import io.pxportal.exchange.NameIndex;
import io.pxportal.exchange.RecordExchange;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Observations as CSV/XLSX rows (e.g. the output management system's quarterly export), matched by platform,
 * metric code and quarter; a re-import replaces the values. A product owner imports only for platforms they own;
 * derived and survey metrics are refused.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
@Order(70)
class ObservationExchange implements RecordExchange<ObservationDraft> {

    private final ObservationService observations;
    private final ObservationRepository repository;
    private final CatalogueService catalogues;
    private final PlatformService platforms;

    ObservationExchange(
            ObservationService observations,
            ObservationRepository repository,
            CatalogueService catalogues,
            PlatformService platforms) {
        this.observations = observations;
        this.repository = repository;
        this.catalogues = catalogues;
        this.platforms = platforms;
    }

    @Override
    public String type() {
        return "experience-observations";
    }

    @Override
    public String labelKey() {
        return "experience.observations.type";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("platform", "experience.platform", "Exstream Statements", "Application"),
                ImportColumn.required("metric", "experience.metric.code", "cx.on-time-delivery", "KPI", "Metric code"),
                ImportColumn.required("period", "experience.period", "2026-Q3", "Period", "Quarter"),
                ImportColumn.required("value", "experience.value", "98.7", "Actual", "Result"),
                ImportColumn.optional("note", "experience.note", "OMS quarterly report", "Comment", "Source"));
    }

    @Override
    public boolean mayImport() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER);
    }

    @Override
    public ObservationDraft read(ImportRow row) {
        return newReader().apply(row);
    }

    /**
     * Reads a pass with the platforms looked up by name once (not searched for per row), and each platform's right
     * to edit and each quarter's catalogue asked once.
     */
    @Override
    public Optional<java.util.function.Function<ImportRow, ObservationDraft>> reader() {
        return Optional.of(newReader());
    }

    private java.util.function.Function<ImportRow, ObservationDraft> newReader() {
        NameIndex platformIds = platforms.nameIndex();
        java.util.Map<Long, Boolean> editable = new java.util.HashMap<>();
        java.util.Map<Quarter, Catalogue> catalogueOf = new java.util.HashMap<>();
        return row -> {
            String name = row.text("platform");
            Long platformId = name == null
                    ? null
                    : platformIds.find(name).orElseGet(() -> {
                        row.error("platform", "import.value.unknown-platform", name);
                        return null;
                    });
            if (platformId != null && !editable.computeIfAbsent(platformId, id -> platforms.canEditAny(Set.of(id)))) {
                row.error("platform", "experience.observation.not-yours", name);
            }
            Quarter period = null;
            try {
                period = row.text("period") == null ? null : Quarter.parse(row.text("period"));
            } catch (DomainException e) {
                row.error("period", e.messageKey(), e.arguments());
            }
            String code = row.text("metric");
            if (code != null && period != null) {
                Optional<MetricDefinition> metric = catalogueOf
                        .computeIfAbsent(period, catalogues::forPeriod)
                        .metric(code);
                if (metric.isEmpty()) {
                    row.error("metric", "experience.observation.unknown-metric", code);
                } else if (!ObservationService.takesObservations(metric.get())) {
                    row.error("metric", "experience.observation.not-entered", code);
                }
            }
            return new ObservationDraft(platformId, code, period, row.decimal("value"), row.text("note"), null);
        };
    }

    @Override
    public String naturalKey(ObservationDraft draft) {
        return draft.platformId() + "|" + draft.metricCode() + "|" + draft.period();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public ImportOutcome upsert(List<ObservationDraft> drafts) {
        ImportOutcome outcome = new ImportOutcome(0, 0, 0);
        // Which rows exist, for the chunk in one query instead of one look-up per row.
        Map<String, Observation> stored = new java.util.HashMap<>();
        repository
                .findByPeriodInAndPlatformIdIn(
                        drafts.stream().map(d -> d.period().toString()).collect(java.util.stream.Collectors.toSet()),
                        drafts.stream().map(ObservationDraft::platformId).collect(java.util.stream.Collectors.toSet()))
                .forEach(o -> stored.put(o.getPlatformId() + "|" + o.getMetricCode() + "|" + o.getPeriod(), o));
        List<ObservationDraft> changes = new ArrayList<>();
        for (ObservationDraft draft : drafts) {
            Observation existing =
                    stored.get(draft.platformId() + "|" + draft.metricCode().strip() + "|" + draft.period());
            if (existing != null && existing.sameAs(draft.value(), draft.note())) {
                outcome = outcome.plus(new ImportOutcome(0, 0, 1));
            } else {
                changes.add(draft);
                outcome = outcome.plus(existing != null ? new ImportOutcome(0, 1, 0) : new ImportOutcome(1, 0, 0));
            }
        }
        // One call (and one flush) for the chunk's new and changed observations instead of one per row.
        observations.push(changes, ObservationOrigin.IMPORT);
        return outcome;
    }

    @Override
    public List<List<Object>> exportPage(Pageable pageable) {
        List<Observation> page = repository
                .findAll(PageRequest.of(
                        pageable.getPageNumber(),
                        pageable.getPageSize(),
                        Sort.by("platformId", "metricCode", "period", "id")))
                .getContent();
        Map<Long, PlatformRef> refs = platforms.refsByIds(
                page.stream().map(Observation::getPlatformId).collect(Collectors.toSet()));
        List<List<Object>> rows = new ArrayList<>();
        for (Observation o : page) {
            PlatformRef platform = refs.get(o.getPlatformId());
            rows.add(new ArrayList<>(Arrays.asList(
                    platform == null ? null : platform.name(),
                    o.getMetricCode(),
                    o.getPeriod().toString(),
                    o.getValue().stripTrailingZeros().toPlainString(),
                    o.getNote())));
        }
        return rows;
    }
}
