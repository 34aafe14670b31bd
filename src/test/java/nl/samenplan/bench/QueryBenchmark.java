package nl.samenplan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import nl.samenplan.Application;
import nl.samenplan.base.StartUpWork;
import nl.samenplan.testsupport.region.RegionDatabase;
import nl.samenplan.testsupport.region.RegionSize;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Benchmark, not a test (excluded from the normal build): the queries behind every list, filter, sort and page of the
 * UI, through the real service layer (the application's Spring context, a logged-in user of the right role and team,
 * each call a request of its own as in the browser, with its access logging), against a full generated region
 * (-Dsamenplan.region.scale, default 1; -Dsamenplan.region.access-log-scale, default 0.01; reused from
 * target/region-db). Prints p50/p95/max per query after warm-up, the statements per call (from MariaDB's general log,
 * which shows N+1 at once) and writes target/benchmarks/queries.txt, queries.tsv (the figures, for a later comparison)
 * and QUERIES.md (per query its SQL and EXPLAIN; with -Dsamenplan.bench.before=some/queries.tsv also the figures of
 * that earlier run). Run: see the README, section Benchmarks.
 */
class QueryBenchmark {

    static final int WARM_UP = Integer.getInteger("samenplan.bench.warm-up", 10);
    static final int MEASURED = Integer.getInteger("samenplan.bench.runs", 100);
    /** A slow query stops being measured after this long (but never before 20 runs). */
    static final long BUDGET_NANOS = 5_000_000_000L;

    /** One query as a screen asks for it: who asks, the target for its p95 (0: none), the call (returns the rows). */
    record Case(String name, String user, double targetMs, IntSupplier call) {
    }

    record Figures(Case query, int rows, int runs, double p50, double p95, double max, List<SqlCapture.Captured> sql) {
    }

    private UserDetailsService users;

    @Test
    void every_list_query_of_the_ui_at_regional_scale() throws Exception {
        if (System.getProperty(RegionSize.ACCESS_LOG_SCALE) == null) {
            System.setProperty(RegionSize.ACCESS_LOG_SCALE, "0.01");
        }
        RegionSize size = RegionSize.fromSystemProperties();
        RegionDatabase database = RegionDatabase.fromSystemProperties();
        long started = System.nanoTime();
        boolean generated = database.ensure(size, LocalDate.now()) != null;
        double regionSeconds = (System.nanoTime() - started) / 1e9;
        JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
        QueryCases.Subjects subjects = QueryCases.prepare(jdbc);
        jdbc.execute("ANALYZE TABLE client, task, need, agreement, plan, plan_revision, waiting_list_entry, volunteer,"
                + " access_log_entry, audit_entry, network_member, app_user");

        String url = regionUrl();
        holdJobLocks(jdbc, true);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .properties(Map.of("SAMENPLAN_DB_URL", url, "SAMENPLAN_DB_USER",
                        System.getProperty(RegionDatabase.USER, "root"), "SAMENPLAN_DB_PASSWORD",
                        System.getenv().getOrDefault("SAMENPLAN_REGION_PASSWORD", ""),
                        "PORT", "0", "server.address", "127.0.0.1", "spring.main.banner-mode", "off",
                        "SAMENPLAN_SECOND_FACTOR_KEY", "sleutel-alleen-voor-de-benchmark"))
                .run()) {
            if (!app.getBean(StartUpWork.class).awaitAll(java.time.Duration.ofMinutes(5))) {
                throw new IllegalStateException("The start-up catch-ups did not end within five minutes");
            }
            users = app.getBean(UserDetailsService.class);
            List<Case> cases = new QueryCases(app, subjects).all();
            SqlCapture capture = new SqlCapture(database.dataSource());
            String loadBefore = QueryReport.loadAverage();
            List<Figures> figures = new ArrayList<>();
            for (Case c : cases) {
                figures.add(measure(c, capture));
            }
            String header = String.format("Region: %s (%s in %.0f s); %d cores; load before the queries: %s, after:"
                            + " %s%nSubjects: %s%n", size, generated ? "generated" : "reused", regionSeconds,
                    Runtime.getRuntime().availableProcessors(), loadBefore, QueryReport.loadAverage(), subjects);
            QueryReport report = new QueryReport(figures, header);
            System.out.print(report.text());
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.writeString(Path.of("target/benchmarks/queries.txt"), report.text());
            Files.writeString(Path.of("target/benchmarks/queries.tsv"), report.tsv());
            String before = System.getProperty("samenplan.bench.before");
            Files.writeString(Path.of("target/benchmarks/QUERIES.md"),
                    report.markdown(before == null ? Map.of() : QueryReport.readTsv(Path.of(before))));
        } finally {
            holdJobLocks(jdbc, false);
            SecurityContextHolder.clearContext();
            RequestContextHolder.resetRequestAttributes();
        }
    }

    /**
     * The nightly jobs' start-up catch-ups (tasks of every plan, ended agreements) would sync all 100,000 plans, for
     * minutes, while the queries are measured, and change the region (a later run would then generate it again): the
     * benchmark holds their ShedLock locks, as another node running them would, so that the catch-ups pass.
     */
    private static void holdJobLocks(JdbcTemplate jdbc, boolean hold) {
        for (String lock : List.of("task-job", "agreement-endings")) {
            if (hold) {
                jdbc.update("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?, '2100-01-01',"
                        + " now(3), 'QueryBenchmark') ON DUPLICATE KEY UPDATE lock_until = '2100-01-01',"
                        + " locked_by = 'QueryBenchmark'", lock);
            } else {
                jdbc.update("DELETE FROM shedlock WHERE name = ? AND locked_by = 'QueryBenchmark'", lock);
            }
        }
    }

    /** The region's database for the application: -Dsamenplan.region.url, or the embedded server's. */
    private static String regionUrl() {
        String url = System.getProperty(RegionDatabase.URL);
        return url == null || url.isBlank() ? "jdbc:mariadb://localhost:" + nl.samenplan.testsupport.EmbeddedMariaDb.port()
                + "/" + RegionDatabase.EMBEDDED_DATABASE : url;
    }

    private Figures measure(Case c, SqlCapture capture) throws SQLException {
        login(c.user());
        int rows = 0;
        for (int i = 0; i < WARM_UP; i++) {
            rows = call(c);
        }
        long[] nanos = new long[MEASURED];
        int runs = 0;
        long budget = System.nanoTime() + BUDGET_NANOS;
        while (runs < MEASURED && (runs < 20 || System.nanoTime() < budget)) {
            long start = System.nanoTime();
            call(c);
            nanos[runs++] = System.nanoTime() - start;
        }
        long[] sorted = Arrays.copyOf(nanos, runs);
        Arrays.sort(sorted);
        List<SqlCapture.Captured> sql = capture.capture(() -> call(c));
        return new Figures(c, rows, runs, sorted[runs / 2] / 1e6, sorted[(int) Math.ceil(runs * 0.95) - 1] / 1e6,
                sorted[runs - 1] / 1e6, sql);
    }

    /** One call as one request of the browser (the access log logs a read once per request). */
    private static int call(Case c) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            return c.call().getAsInt();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    /** Logged in as Spring Security leaves a user after the log-in form (the services read this context). */
    private void login(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    static Map<String, Figures> byName(List<Figures> figures) {
        Map<String, Figures> map = new LinkedHashMap<>();
        figures.forEach(f -> map.put(f.query().name(), f));
        return map;
    }
}
