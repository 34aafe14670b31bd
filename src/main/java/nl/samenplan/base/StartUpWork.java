package nl.samenplan.base;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Work that runs once after start-up (the jobs' catch-ups), off the main thread: handed to Spring's task scheduler
 * (the thread of the nightly runs), so that the application is ready and serving while it runs. A failure (the
 * database away at that moment) is logged and never closes the application: the nightly run catches up then.
 */
@Component
public class StartUpWork {

    private static final Logger LOG = LoggerFactory.getLogger(StartUpWork.class);

    private final TaskScheduler scheduler;
    private final List<Future<?>> started = new CopyOnWriteArrayList<>();

    public StartUpWork(TaskScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Hands the work to the scheduler and returns at once; {@code what} names it in the log if it fails. */
    public void runSoon(String what, Runnable work) {
        started.add(scheduler.schedule(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("{} failed; the nightly run will catch up", what, e);
            }
        }, Instant.now()));
    }

    /** Waits until the work handed over so far has ended (for tests and tools); false if it took longer. */
    public boolean awaitAll(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        for (Future<?> work : started) {
            try {
                work.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // logged where it failed
            }
        }
        return true;
    }
}
