package io.pxportal.exchange;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Imports run on their own pool, off the request threads. A user runs one wizard import at a time, so with
 * {@code px.import.workers} threads that many users import side by side and one user's large file never holds
 * another's; a further user's import waits for a free thread.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeConfiguration {

    @Bean
    ThreadPoolTaskExecutor importPool(ImportProperties properties) {
        int workers = properties.workers();
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(workers);
        pool.setMaxPoolSize(workers);
        pool.setQueueCapacity(100);
        pool.setThreadNamePrefix("import-");
        pool.setWaitForTasksToCompleteOnShutdown(true);
        pool.setAwaitTerminationSeconds(30);
        return pool;
    }
}
