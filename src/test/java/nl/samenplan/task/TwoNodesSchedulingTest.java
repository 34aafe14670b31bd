package nl.samenplan.task;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import nl.samenplan.base.SchedulerLocks;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Several application nodes on one database run the task job once, not once per node: each node takes the job's
 * row in the lock table first (ShedLock). A "node" here is what every node builds: its own lock provider and
 * executor on the shared database ({@link SchedulerLocks#provider}); the job is the application's.
 */
class TwoNodesSchedulingTest extends KaribuTest {

    @Autowired
    private TaskJob job;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private JdbcTemplate jdbc;

    /**
     * No job ran lately: the start-up runs of the test context leave their locks, this test starts without. Released,
     * not deleted: a lock provider remembers the rows it made and from then on only updates them (as in production,
     * where the rows stay), so a deleted row would never be taken again by this context's provider.
     */
    @BeforeEach
    @AfterEach
    void noLocks() {
        jdbc.update("update shedlock set lock_until = utc_timestamp(3) - interval 1 second");
    }

    @Test
    void two_nodes_whose_schedulers_fire_at_once_run_the_task_job_once_and_make_every_task_once() throws Exception {
        int tasksBefore = taskCount();
        int removed = removeTheComingRecurringTasks();
        assertThat(removed).as("the demo data has recurring tasks to come for the job to make").isPositive();

        List<TaskResult<Integer>> runs = atTheSameMoment(node(), node());

        assertThat(runs).filteredOn(TaskResult::wasExecuted).as("the nodes that ran the job").hasSize(1);
        int made = runs.stream().filter(TaskResult::wasExecuted).findFirst().orElseThrow().getResult();
        assertThat(made).as("the tasks the job made").isEqualTo(removed);
        assertThat(taskCount()).isEqualTo(tasksBefore);
        assertThat(duplicateOccurrences()).as("agreements with two tasks for one day").isZero();
        assertThat(job.runAll()).as("a later run finds nothing left to make").isZero();
    }

    @Test
    void while_another_node_runs_the_task_job_this_nodes_nightly_run_and_catch_up_skip_it() throws Exception {
        int removed = removeTheComingRecurringTasks();
        assertThat(removed).isPositive();
        int missing = taskCount();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        try {
            Future<TaskResult<Integer>> run = otherNode.submit(() -> underTheLock(node(), () -> {
                holding.countDown();
                release.await(30, TimeUnit.SECONDS);
                return job.runAll();
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).as("the other node has the lock").isTrue();

            job.nightly();
            job.catchUp();
            assertThat(taskCount()).as("this node made nothing while the other ran").isEqualTo(missing);

            release.countDown();
            TaskResult<Integer> other = run.get(60, TimeUnit.SECONDS);
            assertThat(other.wasExecuted()).isTrue();
            assertThat(other.getResult()).isEqualTo(removed);
        } finally {
            release.countDown();
            otherNode.shutdownNow();
        }
    }

    @Test
    void the_nightly_run_holds_its_lock_five_minutes_from_its_start_by_the_database_clock() {
        job.nightly();

        assertThat(jdbc.queryForObject("select timestampdiff(second, locked_at, lock_until) from shedlock"
                + " where name = 'task-job'", Long.class)).as("seconds before another node may run it").isEqualTo(300L);
        assertThat(jdbc.queryForObject("select abs(timestampdiff(second, utc_timestamp(3), locked_at)) from shedlock"
                + " where name = 'task-job'", Long.class)).as("taken just now, in the database's UTC").isLessThan(60L);
    }

    @Test
    void every_scheduled_method_takes_a_lock_so_that_one_node_at_a_time_runs_it() {
        methods().that().areAnnotatedWith(Scheduled.class).should(takeTheJobLock())
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("nl.samenplan"));
    }

    /** The method runs its work through {@code LockingTaskExecutor.executeWithLock} (its own call, not a proxy's). */
    private static com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod> takeTheJobLock() {
        return new com.tngtech.archunit.lang.ArchCondition<>("run their work under the job's lock") {
            @Override
            public void check(com.tngtech.archunit.core.domain.JavaMethod method,
                    com.tngtech.archunit.lang.ConditionEvents events) {
                boolean locks = method.getMethodCallsFromSelf().stream().anyMatch(call -> call.getName()
                        .equals("executeWithLock") && call.getTargetOwner().isAssignableTo(
                                net.javacrumbs.shedlock.core.LockingTaskExecutor.class));
                if (!locks) {
                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method,
                            method.getFullName() + " runs without the job's lock"));
                }
            }
        };
    }

    /** A node: its own lock provider on the shared database, as {@link SchedulerLocks} builds it. */
    private LockingTaskExecutor node() {
        return new DefaultLockingTaskExecutor(SchedulerLocks.provider(dataSource));
    }

    /** Both nodes' schedulers fire together: each tries the task job under its lock, as the nightly run does. */
    private List<TaskResult<Integer>> atTheSameMoment(LockingTaskExecutor... nodes) throws Exception {
        CyclicBarrier together = new CyclicBarrier(nodes.length);
        ExecutorService threads = Executors.newFixedThreadPool(nodes.length);
        try {
            List<Future<TaskResult<Integer>>> runs = java.util.Arrays.stream(nodes)
                    .map(node -> threads.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        return underTheLock(node, job::runAll);
                    })).toList();
            List<TaskResult<Integer>> results = new java.util.ArrayList<>();
            for (Future<TaskResult<Integer>> run : runs) {
                results.add(run.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Runs the work on a node under the task job's lock, as the nightly run does. */
    private static TaskResult<Integer> underTheLock(LockingTaskExecutor node,
            LockingTaskExecutor.TaskWithResult<Integer> work) {
        try {
            return node.executeWithLock(work, TaskJob.lock());
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The open tasks of recurring agreements from two days on (their history goes with them): the job makes them again. */
    private int removeTheComingRecurringTasks() {
        return jdbc.update("delete from task where agreement_id is not null and occurrence_date is not null"
                + " and status = 'OPEN' and due_date > ?", java.sql.Date.valueOf(LocalDate.now(clock).plusDays(2)));
    }

    private int taskCount() {
        return jdbc.queryForObject("select count(*) from task", Integer.class);
    }

    private int duplicateOccurrences() {
        return jdbc.queryForObject("select count(*) from (select agreement_id, occurrence_date from task"
                + " where agreement_id is not null group by agreement_id, occurrence_date having count(*) > 1) d",
                Integer.class);
    }
}
