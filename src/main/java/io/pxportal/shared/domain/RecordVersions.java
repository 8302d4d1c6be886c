package io.pxportal.shared.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;

/**
 * Every save of a record the user edited raises its {@code @Version} by one, and the database compares the version
 * the user edited in that same update: of two saves from one version, on one node or on two, exactly one goes
 * through and the other is refused with the concurrent-edit message ({@code ConcurrentEditTranslation}).
 *
 * <p>Hibernate writes the record's row, with its version in the {@code where} clause, only when one of the row's own
 * columns changed. A save that changes nothing there (the same values saved again, or only child rows such as a
 * vendor's contacts) wrote no row and left the version as it was, so the database never compared it: such a save
 * passed beside a racing save of the same version, and both were reported saved.
 */
@Component
public class RecordVersions {

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * Call in the saving transaction after the changes are applied and after the service's own check of
     * {@code editedVersion} (against the version its transaction read): writes the changes and, if they did not
     * raise the version, raises it with {@code update … set version = version + 1 where version = editedVersion},
     * at once, so that a racing save of the same version waits for this one and is then refused, or has already
     * made this one fail. Returns the record with its new version; {@code editedVersion} null (a new record, or a
     * push that checks no version) only writes the changes.
     */
    public <T> T saved(T record, Long editedVersion) {
        try {
            entityManager.flush();
            PersistenceUnitUtil records =
                    entityManager.getEntityManagerFactory().getPersistenceUnitUtil();
            if (editedVersion != null && editedVersion.equals(records.getVersion(record))) {
                raise(record, records.getIdentifier(record), editedVersion);
            }
            return record;
        } catch (PersistenceException e) {
            DataAccessException translated = EntityManagerFactoryUtils.convertJpaAccessExceptionIfPossible(e);
            throw translated != null ? translated : e;
        }
    }

    /**
     * Writes a new record that the service, in its own transaction, found not yet there (the first rating of an item,
     * the next catalogue or weight set after the one the user started from) and that a unique key allows only once.
     * Another save may have written the same record after that check, unseen until it committed: the database then
     * refuses this one by the key, and that refusal is the concurrent-edit message, not an unexpected error. Pass an
     * {@code insert} that flushes ({@code saveAndFlush}), so the refusal comes here rather than at the commit.
     */
    public <T> T created(Supplier<T> insert, String recordLabel) {
        try {
            return insert.get();
        } catch (DataIntegrityViolationException e) {
            ConcurrentEditException refused = new ConcurrentEditException(recordLabel);
            refused.initCause(e);
            throw refused;
        }
    }

    /**
     * A bulk update rather than a force-increment lock: Hibernate holds that increment in a JDBC batch until the
     * commit, where its refusal would come after the service has answered with the raised version.
     */
    private void raise(Object record, Object id, Long editedVersion) {
        EntityType<?> type = entityManager.getMetamodel().entity(record.getClass());
        String version = attribute(type, SingularAttribute::isVersion);
        String key = attribute(type, SingularAttribute::isId);
        int raised = entityManager
                .createQuery("update " + type.getName() + " r set r." + version + " = r." + version + " + 1 where r."
                        + key + " = :id and r." + version + " = :version")
                .setParameter("id", id)
                .setParameter("version", editedVersion)
                .executeUpdate();
        if (raised == 0) {
            throw new ConcurrentEditException();
        }
        // Nothing else in the row changed (it was written just before): this reads back the raised version only.
        entityManager.refresh(record);
    }

    private static String attribute(EntityType<?> type, Predicate<SingularAttribute<?, ?>> which) {
        return type.getSingularAttributes().stream()
                .filter(which)
                .map(SingularAttribute::getName)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getName() + " has no such attribute"));
    }
}
