package nl.samenplan.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import nl.samenplan.base.StartUpWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The task job's start-up catch-up runs after start-up off the main thread: the ready event's listener hands it to
 * the scheduler and returns at once, so the application is ready and serving while the catch-up runs, under the
 * job's lock as before; a catch-up that fails is logged and the scheduler goes on.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartUpCatchUpTest {

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final LockingTaskExecutor locks = mock(LockingTaskExecutor.class);
    private final StartUpWork startUp;
    private final TaskJob job;

    StartUpCatchUpTest() {
        scheduler.setThreadNamePrefix("scheduling-");
        scheduler.initialize();
        startUp = new StartUpWork(scheduler);
        job = new TaskJob(null, null, locks, null, startUp);
    }

    @AfterEach
    void stopScheduler() {
        scheduler.shutdown();
    }

    @Test
    void the_ready_event_returns_before_the_catch_up_ends_which_runs_under_the_job_lock_off_the_callers_thread()
            throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> thread = new AtomicReference<>();
        AtomicReference<String> lock = new AtomicReference<>();
        doAnswer(call -> {
            thread.set(Thread.currentThread().getName());
            lock.set(call.<LockConfiguration>getArgument(1).getName());
            running.countDown();
            release.await(30, TimeUnit.SECONDS);
            return null;
        }).when(locks).executeWithLock(any(Runnable.class), any(LockConfiguration.class));

        long started = System.nanoTime();
        job.afterStart();
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(running.await(10, TimeUnit.SECONDS)).as("the catch-up started").isTrue();
        assertThat(seconds).as("seconds the ready event's listener took").isLessThan(1);
        assertThat(startUp.awaitAll(Duration.ofMillis(200))).as("the catch-up still runs").isFalse();
        assertThat(thread.get()).isNotEqualTo(Thread.currentThread().getName()).startsWith("scheduling-");
        assertThat(lock.get()).isEqualTo(TaskJob.LOCK);
        release.countDown();
        assertThat(startUp.awaitAll(Duration.ofSeconds(10))).as("the catch-up ended").isTrue();
    }

    @Test
    void a_catch_up_that_fails_because_the_database_is_away_is_logged_and_the_scheduler_goes_on(CapturedOutput log)
            throws Exception {
        doAnswer(call -> {
            throw new DataAccessResourceFailureException("Unable to acquire JDBC Connection");
        }).when(locks).executeWithLock(any(Runnable.class), any(LockConfiguration.class));

        job.afterStart();
        assertThat(startUp.awaitAll(Duration.ofSeconds(10))).isTrue();
        CountDownLatch next = new CountDownLatch(1);
        startUp.runSoon("the next piece of work", next::countDown);

        assertThat(next.await(10, TimeUnit.SECONDS)).as("the scheduler runs the next work").isTrue();
        assertThat(log.getOut()).contains("The start-up catch-up of the tasks failed; the nightly run will catch up")
                .contains("Unable to acquire JDBC Connection");
    }
}
