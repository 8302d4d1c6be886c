package io.pxportal.shared;

import io.pxportal.shared.domain.ConcurrentEditException;
import jakarta.persistence.OptimisticLockException;
import org.aopalliance.intercept.MethodInterceptor;
import org.hibernate.StaleStateException;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Two people who save the same record at the same moment (on one node or on two) both pass the service's version
 * check; the database then lets one update through and refuses the other by the {@code @Version} column (every
 * save of an edited version updates it, see {@code RecordVersions}), which
 * arrives as Spring's {@link OptimisticLockingFailureException}, or as JPA's {@link OptimisticLockException} or
 * Hibernate's {@link StaleStateException} where a service locks through the entity manager. Around every service
 * call, outside its transaction (so a refusal at commit is caught too), that refusal becomes the
 * {@link ConcurrentEditException} the forms and the API already explain, instead of an unexpected error.
 */
@Configuration(proxyBeanMethods = false)
class ConcurrentEditTranslation {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor concurrentEditAdvisor() {
        MethodInterceptor translate = invocation -> {
            try {
                return invocation.proceed();
            } catch (OptimisticLockingFailureException | OptimisticLockException | StaleStateException e) {
                ConcurrentEditException refused = new ConcurrentEditException();
                refused.initCause(e);
                throw refused;
            }
        };
        DefaultPointcutAdvisor advisor =
                new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(Service.class, true), translate);
        // Outermost: the transaction interceptor inside it commits (and may be refused) before this sees the result.
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
