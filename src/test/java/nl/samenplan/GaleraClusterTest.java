package nl.samenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.security.Role;
import nl.samenplan.security.UserAdminService;
import nl.samenplan.task.NewTask;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskStatus;
import nl.samenplan.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Samenplan on a three-node MariaDB Galera cluster (src/ops/galera.sh, on loopback ports 19041-19073): the application
 * migrates the empty cluster through node 1 and a professional works there (a client, a plan with an agreement, a task
 * ticked off); node 1 stops; the application starts again on node 2, finds everything saved through node 1 and works
 * on; the application on node 3 as well, both opening the same client file at once (conflicting appends to the access
 * log, run again); then nodes 2 and 3 hold the same rows in every table (counts and checksums). Needs Debian's mariadb-server,
 * galera-4 and rsync (.ci/run installs them); skips itself without them.
 */
class GaleraClusterTest {

    /** Clients on 19041-19043, replication on 19051-19053, IST on 19061-19063, SST on 19071-19073. */
    private static final int BASE_PORT = 19040;
    private static final String SCRIPT = "src/ops/galera.sh";
    private static final String ADMIN = "beheer.galera";
    private static final String COACH = "coach.galera";

    private final Path dir = Path.of("target", "galera", Long.toString(ProcessHandle.current().pid())).toAbsolutePath();

    @Test
    void the_application_migrates_and_works_through_one_node_then_through_another_when_that_one_stops_and_loses_nothing()
            throws Exception {
        assumeTrue(new File("/usr/sbin/mariadbd").canExecute() || new File("/usr/bin/mariadbd").canExecute(),
                "mariadbd is not installed (Debian package mariadb-server): the Galera test needs it");
        assumeTrue(new File("/usr/lib/galera/libgalera_smm.so").isFile(),
                "the Galera provider is not installed (Debian package galera-4): the Galera test needs it");
        assumeTrue(new File("/usr/bin/rsync").canExecute(),
                "rsync is not installed (Debian package rsync): the Galera nodes join by rsync state transfer");
        long started = System.nanoTime();
        try {
            script(Duration.ofMinutes(4), "start", dir.toString(), Integer.toString(BASE_PORT));
            long clusterUp = System.nanoTime();
            System.out.printf("Galera cluster of three nodes Synced after %d ms%n", millisSince(started));

            Saved first;
            try (ConfigurableApplicationContext node1 = startOn(1)) {
                System.out.printf("Migrated and started on node 1 after %d ms%n", millisSince(clusterUp));
                first = firstJourney(node1);
            }
            script(Duration.ofMinutes(1), "stop-node", dir.toString(), "1");
            assertThat(clusterSize(2)).as("the cluster after node 1 stopped").isEqualTo(2);

            long secondStart = System.nanoTime();
            try (ConfigurableApplicationContext node2 = startOn(2)) {
                System.out.printf("Started on node 2 (node 1 down) after %d ms%n", millisSince(secondStart));
                secondJourney(node2, first);
                try (ConfigurableApplicationContext node3 = startOn(3)) {
                    bothNodesWriteAtOnce(node2, node3, first.clientId);
                }
            }

            try (Connection two = connect(2); Connection three = connect(3)) {
                Map<String, String> onTwo = countsAndChecksums(two);
                Map<String, String> onThree = countsAndChecksums(three);
                System.out.printf("Tables compared on nodes 2 and 3: %d%n", onTwo.size());
                assertThat(onTwo).as("the tables on node 2").containsKeys("client", "plan", "plan_revision",
                        "agreement", "task", "access_log_entry", "DATABASECHANGELOG");
                assertThat(onThree).as("every table's row count and checksum, node 3 against node 2").isEqualTo(onTwo);
                assertThat(one(three, "select count(*) from plan_revision r join plan p on p.id = r.plan_id"
                        + " where p.client_id = " + first.clientId)).as("the plan's revisions on node 3").isEqualTo("2");
                assertThat(one(three, "select status from task where id = " + first.taskId))
                        .as("the task ticked off through node 1, seen on node 3").isEqualTo(TaskStatus.GEDAAN.name());
                assertThat(one(three, "select count(*) from agreement a join plan p on p.id = a.plan_id"
                        + " where p.client_id = " + first.clientId)).as("the agreements on node 3").isEqualTo("2");
                assertThat(one(three, "select count(*) from information_schema.tables t where t.table_schema = database()"
                        + " and t.table_type = 'BASE TABLE' and not exists (select 1 from"
                        + " information_schema.table_constraints c where c.table_schema = t.table_schema and"
                        + " c.table_name = t.table_name and c.constraint_type = 'PRIMARY KEY')"))
                        .as("tables without a primary key on the cluster").isEqualTo("0");
            }
            System.out.printf("Galera test took %d ms in all%n", millisSince(started));
        } finally {
            SecurityContextHolder.clearContext();
            script(Duration.ofMinutes(2), "stop", dir.toString());
            deleteAll(dir); // about 600 MB of data directories; the logs of the script's steps stay in target/galera
        }
    }

    private record Saved(long clientId, long taskId, String agreement) {
    }

    /** Through node 1: the beheerder makes a team and a coach; the coach a client, a plan, an agreement, a task. */
    private Saved firstJourney(ConfigurableApplicationContext app) {
        login(app, ADMIN);
        UserAdminService admin = app.getBean(UserAdminService.class);
        long team = admin.createTeam("Team Galera", "Heideveen").id();
        long coach = admin.createUser(new UserAdminService.NewUser(COACH, "Coach Galera", Role.LEEFCOACH, team, null))
                .user().id();
        login(app, COACH);
        long clientId = Fixtures.newClient(app.getBean(ClientService.class), "Galera");
        long category = app.getBean(CatalogService.class).needCategories().get(0).id();
        String agreement = "Boodschappen op dinsdag, via node 1";
        PlanEditing editing = app.getBean(PlanEditing.class);
        PlanService.PlanView plan = editing.save(clientId, 0, PlanContent.EMPTY.withAgreement(agreement(agreement,
                category))).plan();
        assertThat(plan.revisionNo()).isEqualTo(1);
        TaskService tasks = app.getBean(TaskService.class);
        long taskId = tasks.create(new NewTask(clientId, "Medicijnen ophalen", coach, LocalDate.now(), null));
        tasks.changeStatus(taskId, tasks.task(taskId).version(), TaskStatus.GEDAAN, null, null);
        return new Saved(clientId, taskId, agreement);
    }

    /** Through node 2: all of the first journey is there; the coach adds an agreement and makes and starts a task. */
    private void secondJourney(ConfigurableApplicationContext app, Saved first) {
        login(app, COACH);
        assertThat(app.getBean(ClientService.class).get(first.clientId)).as("the client made through node 1")
                .isNotNull();
        PlanService.PlanView plan = app.getBean(PlanService.class).plan(first.clientId);
        assertThat(plan.revisionNo()).as("the plan saved through node 1").isEqualTo(1);
        assertThat(plan.content().agreements()).extracting(PlanContent.AgreementItem::what)
                .containsExactly(first.agreement);
        TaskService tasks = app.getBean(TaskService.class);
        assertThat(tasks.task(first.taskId).status()).as("the task ticked off through node 1")
                .isEqualTo(TaskStatus.GEDAAN);
        long category = app.getBean(CatalogService.class).needCategories().get(0).id();
        PlanService.PlanView saved = app.getBean(PlanEditing.class).save(first.clientId, plan.revisionNo(),
                plan.content().withAgreement(agreement("Wandelen met de buurman, via node 2", category))).plan();
        assertThat(saved.revisionNo()).isEqualTo(2);
        long coach = tasks.task(first.taskId).assigneeId();
        long second = tasks.create(new NewTask(first.clientId, "Ramen lappen", coach, LocalDate.now(), null));
        tasks.changeStatus(second, tasks.task(second).version(), TaskStatus.BEZIG, null, null);
    }

    /**
     * Writes on two nodes at once (multi-master): every opening of the client file appends to the access log, whose one
     * head row both nodes move, so appends on the two nodes conflict and the one certified second fails at commit; it is
     * run again. Every opening succeeds and is logged once, and the hash chain is intact.
     */
    private void bothNodesWriteAtOnce(ConfigurableApplicationContext two, ConfigurableApplicationContext three,
            long clientId) throws Exception {
        int perThread = 25;
        List<ConfigurableApplicationContext> apps = List.of(two, three, two, three);
        long entriesBefore;
        long conflictsBefore;
        try (Connection node2 = connect(2); Connection node3 = connect(3)) {
            entriesBefore = Long.parseLong(one(node2, "select count(*) from access_log_entry"));
            conflictsBefore = conflicts(node2) + conflicts(node3);
        }
        java.util.concurrent.ExecutorService users = java.util.concurrent.Executors.newFixedThreadPool(apps.size());
        long started = System.nanoTime();
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (ConfigurableApplicationContext app : apps) {
                done.add(users.submit(() -> {
                    login(app, COACH);
                    for (int i = 0; i < perThread; i++) {
                        app.getBean(ClientService.class).open(clientId);
                    }
                    SecurityContextHolder.clearContext();
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> each : done) {
                each.get(3, TimeUnit.MINUTES); // an opening that failed throws here
            }
        } finally {
            users.shutdownNow();
        }
        long took = millisSince(started);
        try (Connection node2 = connect(2); Connection node3 = connect(3)) {
            long conflicts = conflicts(node2) + conflicts(node3) - conflictsBefore;
            System.out.printf("%d openings on nodes 2 and 3 at once in %d ms: %d certification conflicts or aborts,"
                    + " each run again%n", apps.size() * perThread, took, conflicts);
            assertThat(Long.parseLong(one(node3, "select count(*) from access_log_entry")) - entriesBefore)
                    .as("every opening logged once").isEqualTo(apps.size() * perThread);
        }
        login(two, ADMIN);
        assertThat(two.getBean(nl.samenplan.audit.AccessLog.class).verify().isIntact()).as("the access log's chain")
                .isTrue();
        SecurityContextHolder.clearContext();
    }

    /** Transactions of this node that failed certification or were aborted by a replicated one. */
    private static long conflicts(Connection node) throws SQLException {
        return Long.parseLong(one(node, "select sum(variable_value) from information_schema.global_status"
                + " where variable_name in ('wsrep_local_cert_failures', 'wsrep_local_bf_aborts')"));
    }

    private static PlanContent.AgreementItem agreement(String what, long category) {
        return new PlanContent.AgreementItem("nieuw-" + Fixtures.letters(6), what, category, SupportRung.ZELF, null,
                null, null, null, null, null, null, null);
    }

    private static void login(ConfigurableApplicationContext app, String username) {
        UserDetails user = app.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    /** The application as in production (no profile, no demo), its database on the given node of the cluster. */
    private static ConfigurableApplicationContext startOn(int node) {
        return new SpringApplicationBuilder(Application.class)
                .properties("SAMENPLAN_DB_URL=" + url(node), "SAMENPLAN_DB_USER=samenplan",
                        "SAMENPLAN_DB_PASSWORD=samenplan", "SAMENPLAN_ADMIN_USERNAME=" + ADMIN,
                        "SAMENPLAN_ADMIN_PASSWORD=een-lang-en-eigen-wachtwoord-5",
                        "SAMENPLAN_SECOND_FACTOR_KEY=een-sleutel-voor-de-galera-test", "PORT=0",
                        "vaadin.productionMode=false", "spring.main.banner-mode=off")
                .run();
    }

    private static String url(int node) {
        return "jdbc:mariadb://127.0.0.1:" + (BASE_PORT + node) + "/samenplan?createDatabaseIfNotExist=true";
    }

    /** A connection that waits for the node to have applied every write the cluster committed before each read. */
    private static Connection connect(int node) throws SQLException {
        Connection connection = DriverManager.getConnection(url(node), "samenplan", "samenplan");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION wsrep_sync_wait = 1");
        }
        return connection;
    }

    private static int clusterSize(int node) throws SQLException {
        try (Connection connection = connect(node)) {
            return Integer.parseInt(one(connection, "select variable_value from information_schema.global_status"
                    + " where variable_name = 'wsrep_cluster_size'"));
        }
    }

    /** Every base table of the schema: its row count and CHECKSUM TABLE. */
    private static Map<String, String> countsAndChecksums(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "select table_name from information_schema.tables where table_schema = database()"
                        + " and table_type = 'BASE TABLE'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        Map<String, String> result = new TreeMap<>();
        for (String table : tables) {
            String count = one(connection, "select count(*) from `" + table + "`");
            String checksum;
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("CHECKSUM TABLE `" + table + "`")) {
                rows.next();
                checksum = rows.getString(2);
            }
            result.put(table, count + " rows, checksum " + checksum);
        }
        return result;
    }

    private static String one(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void script(Duration timeout, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT));
        command.addAll(List.of(arguments));
        Files.createDirectories(Path.of("target", "galera"));
        Path log = Path.of("target", "galera", "galera-" + arguments[0] + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.print(output);
        assertThat(ended && process.exitValue() == 0).as("%s %s: %s", SCRIPT, String.join(" ", arguments), output)
                .isTrue();
    }

    private static void deleteAll(Path root) throws IOException {
        if (Files.exists(root)) {
            try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }
}
