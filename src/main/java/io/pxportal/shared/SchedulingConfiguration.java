package io.pxportal.shared;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs run on every node, but each run first takes a lock in the shared database (ShedLock, table
 * {@code shedlock}), so that a job runs once per cluster. The database's clock decides, not the nodes'. A run keeps
 * its lock for at least a minute even when it ends sooner: a node whose clock (or scheduler) is a little behind fires
 * after a quick run has already released the lock, and would otherwise run the job a second time
 * ({@code px.scheduling.lock-at-least-for}; a test that runs a job every few seconds sets it to zero).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M", defaultLockAtLeastFor = "${px.scheduling.lock-at-least-for:PT1M}")
@ConditionalOnProperty(name = "px.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
