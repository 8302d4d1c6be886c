package io.pxportal.shared.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.springframework.stereotype.Component;

/**
 * Turns Envers revisions into a readable history. Module services call it inside their own read-only
 * transaction and guard it with their own access rules.
 */
@Component
public class AuditTrail {

    /** What an enum value looks like in a snapshot: its message key, e.g. "lifecycle.SUSTAIN". */
    public static final java.util.regex.Pattern ENUM_KEY = java.util.regex.Pattern.compile("[a-z-]+\\.[A-Z_]+");

    @PersistenceContext
    private EntityManager entityManager;

    /** Every change of one record, oldest first. */
    public <T extends AuditSnapshot> List<AuditEntry> history(Class<T> type, Object id, Function<T, String> subject) {
        return collect(type, AuditEntity.id().eq(id), subject, e -> id);
    }

    /**
     * Every change of the records of {@code type} that belong to one owner through {@code relation}
     * (e.g. the contacts of a vendor), oldest first.
     */
    public <T extends AuditSnapshot> List<AuditEntry> historyOfRelated(
            Class<T> type, String relation, Object ownerId, Function<T, String> subject, Function<T, Object> idOf) {
        return collect(type, AuditEntity.relatedId(relation).eq(ownerId), subject, idOf);
    }

    /** Merges histories of several record types into one timeline, newest first. */
    @SafeVarargs
    public static List<AuditEntry> newestFirst(List<AuditEntry>... histories) {
        List<AuditEntry> all = new ArrayList<>();
        for (List<AuditEntry> history : histories) {
            all.addAll(history);
        }
        all.sort(Comparator.comparingLong(AuditEntry::revision).reversed());
        return all;
    }

    @SuppressWarnings("unchecked")
    private <T extends AuditSnapshot> List<AuditEntry> collect(
            Class<T> type, AuditCriterion criterion, Function<T, String> subject, Function<T, Object> idOf) {
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<Object, Map<String, String>> previousById = new HashMap<>();
        List<AuditEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            T entity = (T) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            Object key = idOf.apply(entity);
            Map<String, String> before = previousById.getOrDefault(key, Map.of());
            Map<String, String> after = revisionType == RevisionType.DEL ? Map.of() : entity.auditValues();
            List<AuditEntry.FieldChange> changes = diff(before, after);
            previousById.put(key, after);
            if (changes.isEmpty() && revisionType == RevisionType.MOD) {
                continue;
            }
            entries.add(new AuditEntry(
                    revision.getId(),
                    revision.getRevisionAt(),
                    revision.getUsername(),
                    kindOf(revisionType),
                    subject.apply(entity),
                    changes));
        }
        return entries;
    }

    static List<AuditEntry.FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String old = before.getOrDefault(field, "");
            String now = after.getOrDefault(field, "");
            if (!Objects.equals(old, now)) {
                changes.add(new AuditEntry.FieldChange(field, old, now));
            }
        }
        return changes;
    }

    private static AuditEntry.Kind kindOf(RevisionType type) {
        return switch (type) {
            case ADD -> AuditEntry.Kind.CREATED;
            case MOD -> AuditEntry.Kind.UPDATED;
            case DEL -> AuditEntry.Kind.DELETED;
        };
    }

    /** The message key of an enum value, as snapshots show it so a history can translate it. */
    public static String key(String prefix, Enum<?> value) {
        return value == null ? null : prefix + "." + value.name();
    }

    /** Builds an ordered snapshot map; nulls become "". */
    public static Map<String, String> snapshot(Object... keysAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            values.put((String) keysAndValues[i], value == null ? "" : String.valueOf(value));
        }
        return values;
    }
}
