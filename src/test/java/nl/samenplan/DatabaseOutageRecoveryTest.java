package nl.samenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.samenplan.OutageUsers.Action;
import nl.samenplan.OutageUsers.PlanWriter;
import nl.samenplan.OutageUsers.TaskTicker;
import nl.samenplan.audit.AccessLog;
import nl.samenplan.base.ErrorMessages;
import nl.samenplan.base.Translations;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.plan.PlanService;
import nl.samenplan.security.TeamService;
import nl.samenplan.task.NewTask;
import nl.samenplan.task.TaskService;
import nl.samenplan.testsupport.EmbeddedMariaDb;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real outage: while simulated users save plans and tick tasks through the services, the embedded MariaDB server
 * itself is stopped for {@value #OUTAGE_SECONDS} seconds and started again, in the same Spring context (no restart of
 * the application). Every action that failed was reported to its caller within seconds with the app's Dutch
 * "database not reachable" message; nothing is half-saved (every save reported as done is in the database exactly, a
 * failed one left nothing); the users' next actions succeed within seconds of the server's return. The server is
 * shared by the whole test JVM: it is started again whatever happens, on the same port and data.
 */
class DatabaseOutageRecoveryTest extends KaribuTest {

    static final int OUTAGE_SECONDS = 30;
    private static final int WRITERS = 6;
    private static final int NURSES = 6;
    private static final int TASKS_PER_NURSE = 4;
    private static final long WORK_BEFORE_MS = 5_000;
    private static final long WORK_AFTER_MS = 8_000;
    /** A failing call is told within this: the pool's connection time-out (5 s) and some margin, never 30 s. */
    private static final double MAX_SECONDS_TO_FAIL = 8;
    /** The users' actions succeed again within this after the server accepts connections again. */
    private static final double MAX_SECONDS_TO_RECOVER = 10;

    @Autowired
    private PlanEditing editing;
    @Autowired
    private PlanService plans;
    @Autowired
    private TaskService tasks;
    @Autowired
    private ClientService clients;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private TeamService team;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Translations translations;
    @Autowired
    private AccessLog accessLog;

    @Test
    void users_working_through_a_thirty_second_database_outage_are_told_at_once_lose_nothing_and_carry_on_after_it()
            throws Exception {
        ConcurrentLinkedQueue<Action> actions = new ConcurrentLinkedQueue<>();
        AtomicBoolean working = new AtomicBoolean(true);
        List<PlanWriter> writers = planWriters(actions, working);
        List<TaskTicker> nurses = taskTickers(actions, working);
        Map<Long, Integer> eventsBefore = new java.util.HashMap<>();
        nurses.forEach(n -> n.taskIds().forEach(id -> eventsBefore.put(id, taskEvents(id))));

        ExecutorService users = Executors.newFixedThreadPool(WRITERS + NURSES);
        long stopAsked;
        long up;
        boolean down = false;
        try {
            writers.forEach(users::submit);
            nurses.forEach(users::submit);
            Thread.sleep(WORK_BEFORE_MS);

            stopAsked = System.nanoTime();
            down = true;
            EmbeddedMariaDb.stop();
            assertThatThrownBy(DatabaseOutageRecoveryTest::connectDirectly).as("the server is really down")
                    .isInstanceOf(SQLException.class);
            Thread.sleep(Math.max(0, stopAsked + TimeUnit.SECONDS.toNanos(OUTAGE_SECONDS) - System.nanoTime())
                    / 1_000_000);

            EmbeddedMariaDb.startAgain();
            down = false;
            up = System.nanoTime();
            connectDirectly().close();
            Thread.sleep(WORK_AFTER_MS);
        } finally {
            working.set(false);
            if (down) {
                EmbeddedMariaDb.startAgain(); // the other tests of this JVM need the server
            }
            users.shutdown();
            if (!users.awaitTermination(60, TimeUnit.SECONDS)) {
                users.shutdownNow();
            }
        }
        assertThat(users.isTerminated()).as("every user stopped by themselves").isTrue();

        List<Action> all = new ArrayList<>(actions);
        List<Action> failed = all.stream().filter(Action::failed).toList();
        double slowestFailure = failed.stream().mapToDouble(Action::seconds).max().orElse(0);
        double firstBack = all.stream().filter(a -> !a.failed() && a.ended() > up)
                .mapToDouble(a -> (a.ended() - up) / 1e9).min().orElse(Double.MAX_VALUE);
        double everyoneBack = all.stream().map(Action::user).distinct().mapToDouble(user -> all.stream()
                .filter(a -> a.user().equals(user) && !a.failed() && a.ended() > up)
                .mapToDouble(a -> (a.ended() - up) / 1e9).min().orElse(Double.MAX_VALUE)).max().orElse(0);
        int reportedFailedButSaved = writers.stream().mapToInt(w -> w.savedThoughReportedFailed).sum()
                + nurses.stream().mapToInt(n -> n.savedThoughReportedFailed).sum();
        long duringOutage = all.stream().filter(a -> a.ended() > stopAsked && a.started() < up).count();
        System.out.printf("Database outage of %d s with %d plan writers and %d district nurses:%n", OUTAGE_SECONDS,
                WRITERS, NURSES);
        System.out.printf("  actions attempted %d, succeeded %d, failed %d; during the outage attempted %d, failed %d%n",
                all.size(), all.size() - failed.size(), failed.size(), duringOutage, failed.size());
        System.out.printf("  slowest failing call %.2f s; failed but saved whole (the commit's answer lost) %d%n",
                slowestFailure, reportedFailedButSaved);
        writers.forEach(w -> w.savedThoughReportedFailedErrors.forEach(e -> System.out.println("    saved, told: " + e)));
        nurses.forEach(n -> n.savedThoughReportedFailedErrors.forEach(e -> System.out.println("    saved, told: " + e)));
        System.out.printf("  recovery: server accepting connections -> first successful user action %.2f s,"
                + " -> every user's first success %.2f s%n", firstBack, everyoneBack);

        List<String> anomalies = new ArrayList<>();
        writers.forEach(w -> anomalies.addAll(w.anomalies));
        nurses.forEach(n -> anomalies.addAll(n.anomalies));
        assertThat(anomalies).as("states that no user made").isEmpty();

        assertThat(failed).as("the outage was felt").isNotEmpty();
        assertThat(all).as("work went on after the outage").anyMatch(a -> a.started() > up && !a.failed());
        for (Action failure : failed) {
            ErrorMessages.Classification kind = ErrorMessages.classify(failure.error());
            assertThat(kind.kind()).as("what the user is told of " + ErrorMessages.chain(failure.error()).stream()
                            .map(t -> t.getClass().getName() + ": " + t.getMessage()).toList())
                    .isEqualTo(ErrorMessages.Kind.DATABASE_UNREACHABLE);
            assertThat(translations.getTranslation(kind.messageKey(), Translations.NL, "ref"))
                    .startsWith("De database is op dit moment niet bereikbaar");
            assertThat(failure.ended()).as("failed only once the outage began").isGreaterThan(stopAsked);
            assertThat((failure.started() - up) / 1e9).as("failed only during the outage and recovery")
                    .isLessThan(MAX_SECONDS_TO_RECOVER);
        }
        assertThat(slowestFailure).as("seconds before a failing call was told").isLessThan(MAX_SECONDS_TO_FAIL);
        assertThat(firstBack).as("seconds to the first success after the server returned")
                .isLessThan(MAX_SECONDS_TO_RECOVER);
        assertThat(everyoneBack).as("seconds to every user's first success after the server returned")
                .isLessThan(MAX_SECONDS_TO_RECOVER);

        writers.forEach(this::planIsExactlyWhatWasSaved);
        nurses.forEach(nurse -> nurse.taskIds().forEach(id -> taskIsExactlyWhatWasSaved(nurse, id,
                eventsBefore.get(id))));
        AccessLog.ChainCheck chain = as("beheerder", () -> accessLog.verify());
        assertThat(chain.isIntact()).as("the access log's hash chain after the outage: " + chain).isTrue();
    }

    /** The plan's rows in the database against what its writer was told was saved. */
    private void planIsExactlyWhatWasSaved(PlanWriter writer) {
        Map<String, Object> plan = jdbc.queryForMap("select id, revision_no, answer_needs from plan where client_id = ?",
                writer.clientId());
        long planId = ((Number) plan.get("id")).longValue();
        String which = "the plan of " + writer.name;
        assertThat(writer.revision()).as(which + ": one revision per save reported done, and the first")
                .isEqualTo(1 + writer.acceptedSaves);
        assertThat(((Number) plan.get("revision_no")).intValue()).as(which).isEqualTo(writer.revision());
        assertThat(plan.get("answer_needs")).as(which).isEqualTo(writer.answerNeeds());
        assertThat(jdbc.queryForList("select revision_no from plan_revision where plan_id = ? order by revision_no",
                Integer.class, planId)).as(which + ": its revisions, no gap, none extra")
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, writer.revision()).boxed().toList());
        assertThat(jdbc.queryForList("select text from plan_goal where plan_id = ?", String.class, planId))
                .as(which + ": its goal").containsExactly(writer.goalText());
        assertThat(count("select count(*) from agreement where plan_id = ?", planId)).as(which + ": its agreements")
                .isEqualTo(writer.agreementsAdded);
        assertThat(count("select count(*) from audit_entry where client_id = ? and plan_revision is not null",
                writer.clientId())).as(which + ": its history lines").isEqualTo(writer.revision());
    }

    private void taskIsExactlyWhatWasSaved(TaskTicker nurse, long taskId, int eventsBefore) {
        Map<String, Object> task = jdbc.queryForMap("select version, status from task where id = ?", taskId);
        String which = "task " + taskId + " of " + nurse.name;
        assertThat(((Number) task.get("version")).longValue()).as(which).isEqualTo(nurse.version.get(taskId));
        assertThat(task.get("status")).as(which).isEqualTo(nurse.status.get(taskId).name());
        assertThat(taskEvents(taskId)).as(which + ": one history line per change reported done")
                .isEqualTo(eventsBefore + nurse.acceptedChanges.get(taskId));
    }

    private List<PlanWriter> planWriters(ConcurrentLinkedQueue<Action> actions, AtomicBoolean working) {
        login("leefcoach");
        long category = catalog.needCategories().get(0).id();
        long area = catalog.lifeAreas().get(0).id();
        List<PlanWriter> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String account = w % 2 == 0 ? "leefcoach" : "dorpsregisseur";
            long clientId = Fixtures.newClient(clients, "Storing");
            PlanContent start = new PlanContent("Wat ik zelf kan", "Begin", "Wat ik ga doen", Map.of(area, 5),
                    List.of(new PlanContent.GoalItem("nieuw-1", area, "Doel")), List.of(), null, null, null);
            PlanService.PlanView saved = editing.save(clientId, 0, start).plan();
            writers.add(new PlanWriter(account + "-" + w, userDetailsService.loadUserByUsername(account), actions,
                    working::get, clientId, category, editing, plans, saved));
        }
        return writers;
    }

    private List<TaskTicker> taskTickers(ConcurrentLinkedQueue<Action> actions, AtomicBoolean working) {
        long nurse = team.colleagues().stream().filter(c -> c.displayName().equals("Fatma Yilmaz")).findFirst()
                .orElseThrow().id();
        long clientId = Fixtures.newClient(clients, "Taken");
        List<TaskTicker> tickers = new ArrayList<>();
        for (int n = 0; n < NURSES; n++) {
            List<Long> ids = new ArrayList<>();
            for (int t = 0; t < TASKS_PER_NURSE; t++) {
                ids.add(tasks.create(new NewTask(clientId, "Taak " + n + "-" + t, nurse, LocalDate.now(clock), null)));
            }
            TaskTicker ticker = new TaskTicker("wijkverpleegkundige-" + n,
                    userDetailsService.loadUserByUsername("wijkverpleegkundige"), actions, working::get, tasks, ids, n);
            as("wijkverpleegkundige", () -> ids.forEach(id -> {
                TaskService.TaskRow row = tasks.task(id);
                ticker.started(id, row.version(), row.status());
            }));
            tickers.add(ticker);
        }
        return tickers;
    }

    private int taskEvents(long taskId) {
        return count("select count(*) from task_event where task_id = ?", taskId);
    }

    private int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }

    /** A connection of its own, past the application's pool: does the server itself answer? */
    private static Connection connectDirectly() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + EmbeddedMariaDb.port()
                + "/samenplan?user=root&connectTimeout=2000");
    }
}
