package io.pxportal.shared.operations;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The readiness probe's "flyway": up once every migration of this build is applied, with the schema's version.
 * Flyway migrates before the context starts, so a node that is up has normally applied them all; one whose
 * migrations were switched off or left pending is not ready. The result of a complete schema is kept, since the
 * scripts of a running build never change and a probe should not scan them every few seconds.
 */
@Component("flywayHealthIndicator")
class FlywayHealthIndicator extends AbstractHealthIndicator {

    private final Flyway flyway;
    private volatile String migratedVersion;

    FlywayHealthIndicator(Flyway flyway) {
        super("Flyway migration state check failed");
        this.flyway = flyway;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (migratedVersion != null) {
            builder.up().withDetail("version", migratedVersion);
            return;
        }
        MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        String version = current == null || current.getVersion() == null
                ? "none"
                : current.getVersion().toString();
        int pending = info.pending().length;
        if (pending > 0) {
            builder.outOfService().withDetail("version", version).withDetail("pending", pending);
        } else {
            migratedVersion = version;
            builder.up().withDetail("version", version);
        }
    }
}
