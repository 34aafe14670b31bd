package nl.samenplan.audit;

import nl.samenplan.base.access.LogsAccess;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Wires the access log into every service: the {@link LogsAccess} methods through an advisor that runs before
 * method security and transactions (so it sees refusals and writes after the commit), and the refused calls through
 * Spring Security's authorization events.
 */
@Configuration(proxyBeanMethods = false)
class AccessLogConfig {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor accessLogAdvisor(ObjectProvider<AccessLog> log) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(LogsAccess.class), new AccessLogInterceptor(log));
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    /** Makes method security publish its refusals, which {@link RefusedCalls} logs. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
