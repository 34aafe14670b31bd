package nl.samenplan.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A transaction that loses a deadlock (on Galera: a certification conflict, the same error) is run again by
 * {@link DeadlockRetry}, on the embedded MariaDB, through a transactional bean of the application's package wired as
 * every service is; an optimistic-lock conflict, a lock wait time-out and a joined transaction are never run again.
 */
@Import({TestClock.Config.class, DeadlockRetryTest.Probe.class})
class DeadlockRetryTest extends KaribuTest {

    @Autowired
    private LockProbe probe;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void two_transactions_that_deadlock_both_save_because_the_one_that_lost_is_run_again() throws Exception {
        List<Long> rows = jdbc.queryForList("select id from life_area order by id limit 2", Long.class);
        AtomicInteger firstAttempts = new AtomicInteger();
        AtomicInteger secondAttempts = new AtomicInteger();
        CyclicBarrier bothHoldTheirFirstRow = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<?> one = two.submit(() -> probe.lockBoth(rows.get(0), rows.get(1), bothHoldTheirFirstRow,
                    firstAttempts));
            Future<?> other = two.submit(() -> probe.lockBoth(rows.get(1), rows.get(0), bothHoldTheirFirstRow,
                    secondAttempts));
            one.get(60, TimeUnit.SECONDS); // the one that lost would throw here without the retry
            other.get(60, TimeUnit.SECONDS);
        } finally {
            two.shutdownNow();
        }
        System.out.printf("Attempts after a deadlock: %d and %d%n", firstAttempts.get(), secondAttempts.get());
        assertThat(List.of(firstAttempts.get(), secondAttempts.get())).as("one won at once, the other ran twice")
                .containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void an_optimistic_lock_conflict_is_reported_at_once_and_never_run_again_even_with_a_deadlock_beneath() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> probe.fail(attempts, () -> new ObjectOptimisticLockingFailureException(
                "nl.samenplan.plan.Plan", 1L, deadlock()))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(attempts).hasValue(1);
        assertThat(ErrorMessages.classify(new ObjectOptimisticLockingFailureException("nl.samenplan.plan.Plan", 1L,
                deadlock())).kind()).isEqualTo(ErrorMessages.Kind.CONCURRENT_CHANGE);
    }

    @Test
    void a_lock_wait_time_out_is_not_run_again_so_the_user_hears_busy_after_one_wait() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> probe.fail(attempts, () -> new CannotAcquireLockException("lock wait",
                new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205))))
                .isInstanceOf(CannotAcquireLockException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void a_deadlock_that_stays_is_given_up_after_four_attempts_and_the_user_hears_busy() {
        AtomicInteger attempts = new AtomicInteger();
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> probe.fail(attempts,
                () -> new CannotAcquireLockException("deadlock", deadlock())));
        assertThat(attempts).hasValue(4);
        assertThat(ErrorMessages.classify(thrown).kind()).isEqualTo(ErrorMessages.Kind.BUSY);
    }

    @Test
    void a_method_that_joined_a_transaction_is_not_run_again_on_its_own_the_call_that_began_it_is() {
        AtomicInteger outer = new AtomicInteger();
        AtomicInteger inner = new AtomicInteger();
        probe.outerCallingInnerThatDeadlocksOnce(outer, inner);
        assertThat(outer).as("the whole transaction ran again").hasValue(2);
        assertThat(inner).as("the joined part ran once per whole transaction").hasValue(2);
    }

    private static SQLException deadlock() {
        return new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction",
                "40001", 1213);
    }

    @TestConfiguration
    static class Probe {
        @Bean
        LockProbe lockProbe(JdbcTemplate jdbc, ObjectProvider<LockProbe> self) {
            return new LockProbe(jdbc, self);
        }
    }

    /** A transactional bean of the application's packages, as a service is (its own bean, so the advisors wrap it). */
    public static class LockProbe {

        private final JdbcTemplate jdbc;
        private final ObjectProvider<LockProbe> self;

        LockProbe(JdbcTemplate jdbc, ObjectProvider<LockProbe> self) {
            this.jdbc = jdbc;
            this.self = self;
        }

        /** Locks one row, on the first attempt waits until the other transaction holds its row, then locks the other. */
        @Transactional
        public void lockBoth(long first, long second, CyclicBarrier firstAttemptsMeet, AtomicInteger attempts) {
            int attempt = attempts.incrementAndGet();
            jdbc.queryForObject("select id from life_area where id = ? for update", Long.class, first);
            if (attempt == 1) {
                try {
                    firstAttemptsMeet.await(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            jdbc.queryForObject("select id from life_area where id = ? for update", Long.class, second);
        }

        @Transactional
        public void fail(AtomicInteger attempts, java.util.function.Supplier<RuntimeException> error) {
            attempts.incrementAndGet();
            throw error.get();
        }

        @Transactional
        public void outerCallingInnerThatDeadlocksOnce(AtomicInteger outer, AtomicInteger inner) {
            outer.incrementAndGet();
            self.getObject().innerThatDeadlocksTheFirstTime(inner);
        }

        @Transactional
        public void innerThatDeadlocksTheFirstTime(AtomicInteger inner) {
            assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
            if (inner.incrementAndGet() == 1) {
                throw new CannotAcquireLockException("deadlock", deadlock());
            }
        }
    }
}
