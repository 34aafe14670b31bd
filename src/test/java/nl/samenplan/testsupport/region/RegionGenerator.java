package nl.samenplan.testsupport.region;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills a migrated Samenplan database with a generated region (see {@link RegionSize}): teams with their
 * professionals (password "samenplan", as the demo accounts) and volunteers, clients with networks, plans, revisions,
 * agreements on every rung with the needs they meet, tasks (mostly done, some open, some overdue), five years of
 * waiting list with its events, and a hash-chained access log. Deterministic: the same size, seed, date and starting
 * database give the same rows. Written in bulk over one connection with multi-row INSERTs; within that session only,
 * foreign-key and unique checks and the binary log are off while it loads (every row is consistent by
 * construction; the CHECK constraints and triggers stay on). New ids follow on from the highest ones present, so it
 * can add a region to the demo data.
 */
public final class RegionGenerator {

    static final String[] ROLES = {"LEEFCOACH", "LEEFCOACH", "LEEFCOACH", "LEEFCOACH", "WIJKVERPLEEGKUNDIGE",
        "WIJKVERPLEEGKUNDIGE", "DORPSREGISSEUR", "VRIJWILLIGERSCOORDINATOR", "MANAGER"};
    static final String ORGANISATION = "Samenplan regio";
    private static final String[] EVENTS = {"CLIENT_FILE_OPENED", "PLAN_VIEWED", "PLAN_VIEWED", "TASKS_VIEWED",
        "NETWORK_VIEWED", "NEEDS_VIEWED", "CLIENT_LIST_VIEWED", "WAITING_LIST_VIEWED", "CLIENT_FILE_CHANGED",
        "LOGGED_IN"};

    private final DataSource dataSource;
    private final RegionSize size;
    private final LocalDate today;
    final Map<String, Long> counts = new LinkedHashMap<>();
    final Map<String, Double> seconds = new LinkedHashMap<>();
    final Ids ids = new Ids();
    final List<Long> categories = new ArrayList<>();
    /** Per team index: its first user id, first volunteer id and first client id and count. */
    long[] teamIds;
    long[] firstUser;
    long[] firstVolunteer;
    long[] firstClient;
    int[] clientCount;

    public RegionGenerator(DataSource dataSource, RegionSize size, LocalDate today) {
        this.dataSource = dataSource;
        this.size = size;
        this.today = today;
    }

    /** What a run wrote and how long each part took. */
    public record Report(RegionSize size, Map<String, Long> rows, Map<String, Double> seconds, List<Long> teamIds) {

        public double totalSeconds() {
            return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(String.format("Generated region: %s in %.1f s%n", size,
                    totalSeconds()));
            seconds.forEach((part, time) -> s.append(String.format("  %-34s %8.1f s%n", part, time)));
            s.append("Rows written:\n");
            rows.forEach((table, count) -> s.append(String.format("  %-34s %,12d%n", table, count)));
            return s.toString();
        }
    }

    /** True if the database holds a complete region of exactly this size and seed (written by an earlier run). */
    public static boolean isComplete(DataSource dataSource, RegionSize size) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            long teams = single(statement, "SELECT COUNT(*) FROM team WHERE area = '" + size.marker() + "'");
            long tasks = single(statement, "SELECT COUNT(*) FROM task t JOIN team m ON m.id = t.team_id WHERE m.area = '"
                    + size.marker() + "'");
            long log = single(statement, "SELECT COUNT(*) FROM access_log_entry WHERE organisation = '"
                    + ORGANISATION + "'");
            return teams == size.teams() && tasks == size.tasks() && log == size.accessLogEntries();
        }
    }

    public Report generate() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
                trySkipBinaryLog(statement);
                ids.readFrom(statement);
                try (ResultSet rs = statement.executeQuery("SELECT id FROM need_category ORDER BY id")) {
                    while (rs.next()) {
                        categories.add(rs.getLong(1));
                    }
                }
            }
            try {
                timed("teams, professionals, volunteers", () -> people(connection));
                RegionClients clients = new RegionClients(this, connection, size, today);
                timed("clients, networks, plans, needs", clients::clientsAndPlans);
                timed("tasks", clients::tasks);
                timed("waiting list and its events", clients::waitingList);
                timed("access log (hash-chained)", () -> count("access_log_entry",
                        AccessLogFill.append(connection, size.accessLogEntries(), this::logEntry)));
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
                    trySkipBinaryLog(statement, 1);
                }
            }
        }
        List<Long> teams = new ArrayList<>();
        for (long id : teamIds) {
            teams.add(id);
        }
        return new Report(size, new LinkedHashMap<>(counts), new LinkedHashMap<>(seconds), teams);
    }

    private void people(Connection connection) throws SQLException {
        int teams = size.teams();
        teamIds = new long[teams];
        firstUser = new long[teams];
        firstVolunteer = new long[teams];
        String password = new BCryptPasswordEncoder().encode("samenplan");
        LocalDateTime created = today.minusYears(RegionSize.YEARS).atTime(8, 0);
        try (Rows team = new Rows(connection, "team", "id, version, name, area");
                Rows user = new Rows(connection, "app_user", "id, version, username, password_hash, display_name,"
                        + " role, team_id, active, created_at, password_change_required, failed_logins");
                Rows manager = new Rows(connection, "manager_team", "user_id, team_id");
                Rows volunteer = new Rows(connection, "volunteer", "id, version, team_id, name, village, max_per_week,"
                        + " start_date, status, vog_present, vog_date, created_at");
                Rows service = new Rows(connection, "volunteer_service", "volunteer_id, need_category_id")) {
            for (int t = 0; t < teams; t++) {
                Random random = new Random(size.seed() * 31 + t);
                long id = ids.team++;
                teamIds[t] = id;
                team.add(id, 0, String.format("Regioteam %03d", t + 1), size.marker());
                firstUser[t] = ids.user;
                for (int u = 0; u < ROLES.length; u++) {
                    long userId = ids.user++;
                    user.add(userId, 0, username(t, u), password, String.format("%s %d (team %03d)",
                            RegionNames.ROLE_NAMES[u], u + 1, t + 1), ROLES[u], id, true, created, false, 0);
                    if (ROLES[u].equals("MANAGER")) {
                        manager.add(userId, id);
                    }
                }
                firstVolunteer[t] = ids.volunteer;
                for (int v = 0; v < RegionSize.VOLUNTEERS_PER_TEAM; v++) {
                    long volunteerId = ids.volunteer++;
                    LocalDate start = today.minusDays(random.nextInt(365 * RegionSize.YEARS));
                    volunteer.add(volunteerId, 0, id, RegionNames.person(random), village(t, random), 1
                            + random.nextInt(3), start, random.nextInt(10) == 0 ? "PAUZE" : "ACTIEF", true,
                            start.minusDays(20), start.atTime(9, 0));
                    int first = random.nextInt(categories.size());
                    service.add(volunteerId, categories.get(first));
                    service.add(volunteerId, categories.get((first + 1 + random.nextInt(categories.size() - 1))
                            % categories.size()));
                }
            }
            team.flush();
            user.flush();
            manager.flush();
            volunteer.flush();
            service.flush();
            count("team", team.count());
            count("app_user", user.count());
            count("manager_team", manager.count());
            count("volunteer", volunteer.count());
            count("volunteer_service", service.count());
        }
    }

    /** The username of a team's professional: regio001.leefcoach1, regio001.wijkverpleegkundige1, ... */
    public static String username(int team, int user) {
        int nth = 1;
        for (int u = 0; u < user; u++) {
            if (ROLES[u].equals(ROLES[user])) {
                nth++;
            }
        }
        return String.format("regio%03d.%s%d", team + 1, ROLES[user].toLowerCase(), nth);
    }

    static String village(int team, Random random) {
        return RegionNames.VILLAGES[(team * 5 + random.nextInt(5)) % RegionNames.VILLAGES.length] + " " + (team + 1);
    }

    /** The n-th log entry: five years up to today, a professional of some team looking at a client of that team. */
    private AccessLogFill.Entry logEntry(long n) {
        long mixed = mix(size.seed() ^ (n * 0x9E3779B97F4A7C15L));
        int team = (int) Math.floorMod(mixed, (long) size.teams());
        int user = (int) Math.floorMod(mixed >>> 20, (long) ROLES.length);
        long client = firstClient[team] + Math.floorMod(mixed >>> 30, (long) clientCount[team]);
        String event = EVENTS[(int) Math.floorMod(mixed >>> 45, (long) EVENTS.length)];
        LocalDateTime start = today.minusYears(RegionSize.YEARS).atStartOfDay();
        long spanMillis = ChronoUnit.MILLIS.between(start, today.atStartOfDay());
        LocalDateTime at = start.plus(n * (spanMillis / Math.max(1, size.accessLogEntries())), ChronoUnit.MILLIS);
        boolean allowed = (mixed & 0xFF) != 0;
        boolean withClient = !event.equals("CLIENT_LIST_VIEWED") && !event.equals("LOGGED_IN")
                && !event.equals("WAITING_LIST_VIEWED");
        return new AccessLogFill.Entry(at, allowed ? event : "ACCESS_REFUSED", withClient ? client : null,
                firstUser[team] + user, username(team, user), ROLES[user], ORGANISATION, teamIds[team], allowed, null);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    void count(String table, long rows) {
        counts.merge(table, rows, Long::sum);
    }

    @FunctionalInterface
    interface Part {
        void run() throws SQLException;
    }

    private void timed(String part, Part work) throws SQLException {
        long start = System.nanoTime();
        work.run();
        seconds.put(part, (System.nanoTime() - start) / 1e9);
    }

    private static void trySkipBinaryLog(Statement statement) {
        trySkipBinaryLog(statement, 0);
    }

    /** sql_log_bin needs a privilege an application account may lack: then the load is logged, nothing more. */
    private static void trySkipBinaryLog(Statement statement, int value) {
        try {
            statement.execute("SET SESSION sql_log_bin = " + value);
        } catch (SQLException notAllowed) {
            // logged as usual
        }
    }

    static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The next free id of each table the generator writes. */
    static final class Ids {
        long team;
        long user;
        long volunteer;
        long client;
        long network;
        long plan;
        long revision;
        long agreement;
        long need;
        long task;
        long entry;
        long event;

        void readFrom(Statement statement) throws SQLException {
            team = next(statement, "team");
            user = next(statement, "app_user");
            volunteer = next(statement, "volunteer");
            client = next(statement, "client");
            network = next(statement, "network_member");
            plan = next(statement, "plan");
            revision = next(statement, "plan_revision");
            agreement = next(statement, "agreement");
            need = next(statement, "need");
            task = next(statement, "task");
            entry = next(statement, "waiting_list_entry");
            event = next(statement, "waiting_list_event");
        }

        private static long next(Statement statement, String table) throws SQLException {
            return single(statement, "SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
        }
    }
}
