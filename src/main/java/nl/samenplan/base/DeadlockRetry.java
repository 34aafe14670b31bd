package nl.samenplan.base;

import java.sql.SQLException;
import java.util.Set;
import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.classify.BinaryExceptionClassifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.retry.RetryCallback;
import org.springframework.retry.RetryContext;
import org.springframework.retry.RetryListener;
import org.springframework.retry.RetryOperations;
import org.springframework.retry.backoff.ExponentialRandomBackOffPolicy;
import org.springframework.retry.policy.SimpleRetryPolicy;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A transaction that lost a deadlock is run again, a few times, after a short random pause. On one MariaDB server
 * InnoDB breaks a deadlock by rolling one transaction back; on a Galera cluster every node accepts writes, and a
 * transaction that conflicts with one another node committed first fails its certification at commit with the same
 * error (ER_LOCK_DEADLOCK 1213, SQLSTATE 40001). Both mean: nothing was saved, try again; the database asks for it.
 * <p>
 * The retry wraps every {@link Transactional} method of the application's beans, outside the transaction (each attempt
 * is a transaction of its own) and inside method security (access is checked once). Only the outermost call retries:
 * a method that joins a running transaction cannot redo its part alone, so its error goes up to the call that began
 * the transaction. Never retried: an optimistic-lock conflict (someone else saved the plan or record first: that is
 * reported to the user, never overwritten), a rule that said no, a lock wait time-out (the user was told "busy"
 * after waiting once; waiting again would freeze the page), or anything else.
 */
@Configuration(proxyBeanMethods = false)
public class DeadlockRetry {

    /** MariaDB's ER_LOCK_DEADLOCK: an InnoDB deadlock victim or a Galera certification failure (or brute-force abort). */
    static final int ER_LOCK_DEADLOCK = 1213;
    /** The SQL standard's "serialization failure", which MariaDB gives with 1213. */
    static final String SERIALIZATION_FAILURE = "40001";
    /** Outside the transaction interceptor (lowest precedence), inside method security (order 100-600). */
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    private static final Logger LOG = LoggerFactory.getLogger(DeadlockRetry.class);

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor deadlockRetryAdvisor(@Value("${samenplan.db.deadlock-retry.attempts:4}") int attempts,
            @Value("${samenplan.db.deadlock-retry.first-pause-ms:20}") long firstPauseMillis) {
        RetryTemplate retry = template(attempts, firstPauseMillis);
        MethodInterceptor interceptor = invocation -> {
            if (TransactionSynchronizationManager.isActualTransactionActive()
                    || !(invocation instanceof ProxyMethodInvocation proxied)) {
                return invocation.proceed();
            }
            // each attempt runs the rest of the chain (the transaction and the method) again, on a clone
            return retry.execute((RetryCallback<Object, Throwable>) context -> proxied.invocableClone().proceed());
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactionalMethodsOfTheApplication(), interceptor);
        advisor.setOrder(ORDER);
        return advisor;
    }

    /**
     * The same retry for code that runs a transaction of its own with a {@code TransactionTemplate} (the advisor
     * covers {@link Transactional} methods only): wrap the whole transaction in it. {@code attempts} in all.
     */
    public static RetryOperations forOwnTransaction(int attempts) {
        return template(attempts, 20);
    }

    /** The attempts in all (the first one included), with random pauses from {@code firstPauseMillis}, doubling. */
    static RetryTemplate template(int attempts, long firstPauseMillis) {
        RetryTemplate retry = new RetryTemplate();
        retry.setRetryPolicy(new SimpleRetryPolicy(attempts, new DeadlockClassifier()));
        ExponentialRandomBackOffPolicy pause = new ExponentialRandomBackOffPolicy();
        pause.setInitialInterval(firstPauseMillis);
        pause.setMultiplier(2);
        pause.setMaxInterval(Math.max(firstPauseMillis, 1000));
        retry.setBackOffPolicy(pause);
        retry.setThrowLastExceptionOnExhausted(true);
        retry.registerListener(new RetryListener() {
            @Override
            public <T, E extends Throwable> void onError(RetryContext context, RetryCallback<T, E> callback,
                    Throwable error) {
                if (deadlocked(error)) {
                    LOG.info("A transaction lost a deadlock or a certification conflict (attempt {} of {}){}",
                            context.getRetryCount(), attempts, context.getRetryCount() < attempts ? ": running it again"
                                    : ": giving up");
                }
            }
        });
        return retry;
    }

    /**
     * Whether this error is a lost deadlock or certification conflict and nothing else: a 1213 / 40001 somewhere in
     * the cause chain, and no optimistic-lock conflict or rule in it.
     */
    public static boolean deadlocked(Throwable error) {
        boolean deadlock = false;
        for (Throwable t : ErrorMessages.chain(error)) {
            if (t instanceof OptimisticLockingFailureException || t instanceof BusinessRuleException
                    || NEVER.contains(t.getClass().getName())) {
                return false;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == ER_LOCK_DEADLOCK
                    || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                deadlock = true;
            }
        }
        return deadlock;
    }

    /** Optimistic-lock conflicts as JPA and Hibernate say them, before Spring translates them. */
    private static final Set<String> NEVER = Set.of("jakarta.persistence.OptimisticLockException",
            "org.hibernate.StaleStateException", "org.hibernate.StaleObjectStateException");

    /** {@link Transactional} on the method or its class, in the application's own classes (not Spring Data's). */
    private static ComposablePointcut transactionalMethodsOfTheApplication() {
        ClassFilter ours = type -> type.getName().startsWith("nl.samenplan.");
        return new ComposablePointcut(new AnnotationMatchingPointcut(Transactional.class, null, true))
                .union(new AnnotationMatchingPointcut(null, Transactional.class, true))
                .intersection(ours);
    }

    /** The retry policy's question, asked of the error that ended an attempt. */
    private static final class DeadlockClassifier extends BinaryExceptionClassifier {

        private static final long serialVersionUID = 1L;

        DeadlockClassifier() {
            super(false);
        }

        @Override
        public Boolean classify(Throwable error) {
            return deadlocked(error);
        }
    }
}
