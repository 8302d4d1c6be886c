package io.pxportal.shared.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The whole audit trail across modules, newest first: every change of every audited record (from the Envers
 * tables, found from the mapping so a new module's records appear without code here) and the security events.
 * Paging is done in the database over a union of the audit tables, each branch cut to the rows the page can
 * need; only the rows of the page are then read through Envers to show their fields old → new. Only admins and
 * auditors read it (the audit view's rule, checked here too so no other caller can read the trail unguarded);
 * callers run it in a read-only transaction.
 */
@Component
public class AuditLog {

    /** The record type of security events (sign-ins, lock-outs, API token use). */
    public static final String SECURITY = "security";

    /** An audited entity type: its name in the trail, its class, its audit table and id column. */
    private record AuditedType(String name, Class<? extends AuditSnapshot> type, String auditTable, String idColumn) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final Map<String, AuditedType> types;

    @PersistenceContext
    private EntityManager entityManager;

    AuditLog(NamedParameterJdbcTemplate jdbc, EntityManagerFactory entityManagerFactory) {
        this.jdbc = jdbc;
        this.types = auditedTypes(entityManagerFactory);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, AuditedType> auditedTypes(EntityManagerFactory factory) {
        SessionFactoryImplementor sessionFactory = factory.unwrap(SessionFactoryImplementor.class);
        Map<String, AuditedType> types = new TreeMap<>();
        for (EntityType<?> entity : factory.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            if (type == null
                    || !type.isAnnotationPresent(Audited.class)
                    || !AuditSnapshot.class.isAssignableFrom(type)) {
                continue;
            }
            var mapping = sessionFactory.getMappingMetamodel();
            String[] idColumns =
                    ((AbstractEntityPersister) mapping.getEntityDescriptor(type)).getIdentifierColumnNames();
            String auditTable =
                    ((AbstractEntityPersister) mapping.getEntityDescriptor(type.getName() + "_AUD")).getTableName();
            if (idColumns.length == 1) {
                String name = types.containsKey(type.getSimpleName()) ? type.getName() : type.getSimpleName();
                types.put(name, new AuditedType(name, (Class<? extends AuditSnapshot>) type, auditTable, idColumns[0]));
            }
        }
        return Map.copyOf(types);
    }

    /** The record types in the trail (simple class names, e.g. Vendor), sorted; {@link #SECURITY} is extra. */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public List<String> recordTypes() {
        return types.keySet().stream().sorted().toList();
    }

    /** One page of the trail, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public List<AuditLogEntry> page(AuditLogFilter filter, Pageable pageable) {
        MapSqlParameterSource parameters = parameters(filter);
        parameters.addValue("limit", pageable.getPageSize());
        parameters.addValue("offset", pageable.getOffset());
        List<String> branches = branches(filter, pageable.getOffset() + pageable.getPageSize());
        if (branches.isEmpty()) {
            return List.of();
        }
        String sql = "select * from (" + String.join(" union all ", branches) + ") trail "
                + "order by at desc, rev desc, record_type, record_id desc limit :limit offset :offset";
        List<Row> rows = jdbc.query(sql, parameters, AuditLog::row);
        return rows.stream().map(this::entry).toList();
    }

    /** How many lines the trail has under {@code filter}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public long count(AuditLogFilter filter) {
        List<String> branches = branches(filter, 0);
        if (branches.isEmpty()) {
            return 0;
        }
        Long total = jdbc.queryForObject(
                "select sum(n) from (" + String.join(" union all ", branches) + ") counts",
                parameters(filter),
                Long.class);
        return total == null ? 0 : total;
    }

    private record Row(
            Timestamp at,
            String username,
            String recordType,
            Long recordId,
            Integer revisionType,
            Long revision,
            String kind,
            String detail) {}

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(
                rs.getTimestamp("at"),
                rs.getString("username"),
                rs.getString("record_type"),
                rs.getObject("record_id", Long.class),
                rs.getObject("revtype", Integer.class),
                rs.getObject("rev", Long.class),
                rs.getString("kind"),
                rs.getString("detail"));
    }

    private static MapSqlParameterSource parameters(AuditLogFilter filter) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (filter.username() != null && !filter.username().isBlank()) {
            parameters.addValue("username", filter.username().trim().toLowerCase());
        }
        if (filter.from() != null) {
            parameters.addValue("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            parameters.addValue("to", Timestamp.from(filter.to()));
        }
        if (filter.recordId() != null) {
            parameters.addValue("recordId", filter.recordId());
        }
        return parameters;
    }

    /**
     * One select per table the filter can match: its first {@code branchLimit} rows in the trail's own order (so
     * every row a page can need is among them), or with 0 its count. The limit is a literal, not a parameter: H2
     * reuses a select's last result while its WHERE parameters are unchanged, whatever its LIMIT parameter now says
     * (an H2 bug: page 2 got page 1's rows); a number in the SQL is as right on PostgreSQL.
     */
    private List<String> branches(AuditLogFilter filter, long branchLimit) {
        List<String> branches = new ArrayList<>();
        String type = filter.recordType();
        for (AuditedType audited : types.values()) {
            if (type == null || type.equals(audited.name())) {
                branches.add(changes(audited, filter, branchLimit));
            }
        }
        if ((type == null && filter.recordId() == null) || SECURITY.equals(type)) {
            branches.add(securityEvents(filter, branchLimit));
        }
        return branches;
    }

    private static String changes(AuditedType type, AuditLogFilter filter, long branchLimit) {
        List<String> where = new ArrayList<>(common(filter, "r.username", "r.revision_at"));
        if (filter.recordId() != null) {
            where.add("a." + type.idColumn() + " = :recordId");
        }
        String from = " from " + type.auditTable() + " a join revinfo r on r.id = a.rev" + where(where);
        if (branchLimit == 0) {
            return "select count(*) as n" + from;
        }
        return "(select r.revision_at as at, r.username as username, '" + type.name() + "' as record_type, a."
                + type.idColumn() + " as record_id, a.revtype as revtype, a.rev as rev, "
                + "cast(null as varchar(30)) as kind, cast('' as varchar(300)) as detail" + from
                + " order by r.revision_at desc, a.rev desc, a." + type.idColumn() + " desc limit " + branchLimit
                + ")";
    }

    private static String securityEvents(AuditLogFilter filter, long branchLimit) {
        String from = " from security_event e" + where(common(filter, "e.username", "e.occurred_at"));
        if (branchLimit == 0) {
            return "select count(*) as n" + from;
        }
        return "(select e.occurred_at as at, e.username as username, '" + SECURITY + "' as record_type, "
                + "e.id as record_id, cast(null as smallint) as revtype, cast(null as bigint) as rev, e.kind as kind, "
                + "e.detail as detail" + from + " order by e.occurred_at desc, e.id desc limit " + branchLimit + ")";
    }

    private static List<String> common(AuditLogFilter filter, String username, String time) {
        List<String> where = new ArrayList<>();
        if (filter.username() != null && !filter.username().isBlank()) {
            where.add("lower(" + username + ") = :username");
        }
        if (filter.from() != null) {
            where.add(time + " >= :from");
        }
        if (filter.to() != null) {
            where.add(time + " < :to");
        }
        return where;
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private AuditLogEntry entry(Row row) {
        if (SECURITY.equals(row.recordType())) {
            return new AuditLogEntry(
                    row.at().toInstant(),
                    row.username(),
                    SECURITY,
                    row.recordId(),
                    row.kind(),
                    "",
                    List.of(),
                    row.detail());
        }
        AuditedType type = types.get(row.recordType());
        RevisionType revisionType =
                RevisionType.fromRepresentation(row.revisionType().byteValue());
        // The record as this revision left it, and as the revision before it had left it.
        List<?> states = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type.type(), false, true)
                .add(AuditEntity.id().eq(row.recordId()))
                .add(AuditEntity.revisionNumber().le(row.revision()))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(2)
                .getResultList();
        AuditSnapshot now = states.isEmpty() ? null : (AuditSnapshot) ((Object[]) states.getFirst())[0];
        AuditSnapshot before = states.size() < 2 || ((Object[]) states.get(1))[2] == RevisionType.DEL
                ? null
                : (AuditSnapshot) ((Object[]) states.get(1))[0];
        Map<String, String> after = revisionType == RevisionType.DEL || now == null ? Map.of() : now.auditValues();
        List<AuditEntry.FieldChange> changes = AuditTrail.diff(before == null ? Map.of() : before.auditValues(), after);
        String label = now != null ? now.auditLabel() : before != null ? before.auditLabel() : "";
        return new AuditLogEntry(
                row.at().toInstant(),
                row.username(),
                row.recordType(),
                row.recordId(),
                action(revisionType),
                label,
                changes,
                "");
    }

    private static String action(RevisionType type) {
        return switch (type) {
            case ADD -> AuditEntry.Kind.CREATED.name();
            case MOD -> AuditEntry.Kind.UPDATED.name();
            case DEL -> AuditEntry.Kind.DELETED.name();
        };
    }
}
