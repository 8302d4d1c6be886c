package io.pxportal.shared.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import org.springframework.dao.DataAccessException;
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
     * raise the version, raises it with {@code update … set version = editedVersion + 1 where version =
     * editedVersion}, which a racing save of the same version has made fail. Returns the record with its new
     * version.
     */
    public <T> T saved(T record, Long editedVersion) {
        try {
            entityManager.flush();
            Object stored = entityManager
                    .getEntityManagerFactory()
                    .getPersistenceUnitUtil()
                    .getVersion(record);
            if (editedVersion != null && Objects.equals(stored, editedVersion)) {
                entityManager.lock(record, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
                // The increment may wait in a JDBC batch: sent now, a refusal comes from this call, not the commit.
                entityManager.flush();
            }
            return record;
        } catch (RuntimeException e) {
            DataAccessException translated = EntityManagerFactoryUtils.convertJpaAccessExceptionIfPossible(e);
            throw translated != null ? translated : e;
        }
    }
}
