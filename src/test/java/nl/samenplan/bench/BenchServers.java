package nl.samenplan.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The processes a benchmark measures from outside, all on loopback and all stopped by {@link #close()} (also on
 * failure): Debian's MariaDB server on a throw-away data folder (as src/ops/two-nodes.sh starts it), the production
 * jar with the prod profile, or the README's development mode ({@code mvn spring-boot:test-run} with the demo profile).
 */
final class BenchServers implements AutoCloseable {

    static final String DB_PASSWORD = "bench-db-secret";
    private final List<Process> started = new ArrayList<>();
    private final Path dir;

    BenchServers(Path dir) throws IOException {
        this.dir = dir.toAbsolutePath();
        Files.createDirectories(this.dir);
    }

    /**
     * A MariaDB server on the port with a database samenplan for the account samenplan: the one of an earlier run in
     * the folder (kept, so that its generated data is reused), or a new one.
     */
    String startMariaDb(int port) throws IOException, InterruptedException {
        Path data = dir.resolve("db-data");
        boolean fresh = !Files.isDirectory(data.resolve("samenplan"));
        if (fresh) {
            deleteTree(data);
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        List<String> install = new ArrayList<>(List.of(sbin("mariadb-install-db"), "--no-defaults",
                "--datadir=" + data, "--auth-root-authentication-method=normal", "--skip-test-db"));
        List<String> server = new ArrayList<>(List.of(sbin("mariadbd"), "--no-defaults", "--datadir=" + data,
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mariadb.sock"),
                "--pid-file=" + dir.resolve("mariadbd.pid"), "--log-error=" + dir.resolve("mariadbd.log"),
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci", "--skip-name-resolve",
                "--innodb-buffer-pool-size=256M"));
        if (root) {
            install.add("--user=root");
            server.add("--user=root");
        }
        if (fresh) {
            run(install, dir.resolve("install.log"));
        }
        started.add(new ProcessBuilder(server).redirectErrorStream(true)
                .redirectOutput(dir.resolve("mariadbd.out").toFile()).start());
        String sql = fresh ? "CREATE DATABASE samenplan CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + " CREATE USER 'samenplan'@'127.0.0.1' IDENTIFIED BY '" + DB_PASSWORD + "';"
                + " GRANT ALL PRIVILEGES ON samenplan.* TO 'samenplan'@'127.0.0.1';" : "SELECT 1";
        for (int i = 0; ; i++) {
            Process client = new ProcessBuilder("mariadb", "--no-defaults", "-uroot",
                    "--socket=" + dir.resolve("mariadb.sock"), "-e", sql).redirectErrorStream(true).start();
            String out = new String(client.getInputStream().readAllBytes());
            if (client.waitFor() == 0) {
                return "jdbc:mariadb://127.0.0.1:" + port + "/samenplan";
            }
            if (i > 300) {
                throw new IllegalStateException("MariaDB did not start: " + out);
            }
            Thread.sleep(100);
        }
    }

    /** The production jar, prod profile, on the database; the second factor switched off for the run only. */
    Process startProductionJar(Path jar, int port, int managementPort, String dbUrl, String heap)
            throws IOException {
        ProcessBuilder app = new ProcessBuilder("java", "-Xmx" + heap, "-jar", jar.toString(),
                "--spring.profiles.active=prod", "--server.address=127.0.0.1",
                "--samenplan.security.second-factor.required=false");
        app.environment().putAll(Map.of("PORT", Integer.toString(port), "SAMENPLAN_MANAGEMENT_PORT",
                Integer.toString(managementPort), "SAMENPLAN_DB_URL", dbUrl, "SAMENPLAN_DB_USER", "samenplan",
                "SAMENPLAN_DB_PASSWORD", DB_PASSWORD, "SAMENPLAN_SECURE_COOKIE", "false",
                "SAMENPLAN_SECOND_FACTOR_KEY", "bench-second-factor-key-0123456789abcdef"));
        return start(app, "app.log");
    }

    /** The README's run command (development mode, embedded MariaDB, demo data) with extra JVM arguments. */
    Process startDevelopmentMode(int port, String jvmArguments) throws IOException {
        ProcessBuilder mvn = new ProcessBuilder("mvn", "-q", "-B", "-ntp", "spring-boot:test-run",
                "-Dspring-boot.run.profiles=demo", "-Dspring-boot.run.jvmArguments=" + jvmArguments,
                "-Dspring-boot.run.arguments=--server.address=127.0.0.1");
        mvn.environment().put("PORT", Integer.toString(port));
        return start(mvn, "dev.log");
    }

    /** The JVM that serves: the process itself, or for Maven its forked child that runs the application. */
    static long applicationPid(Process process) {
        return process.descendants().filter(p -> p.info().commandLine().orElse("").contains("TestApplication"))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(process.pid());
    }

    static void awaitReady(String base, Process process, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application ended while starting; see its log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/readyz")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The application was not ready within " + timeout);
    }

    private Process start(ProcessBuilder builder, String log) throws IOException {
        builder.directory(new File(System.getProperty("user.dir"))).redirectErrorStream(true)
                .redirectOutput(dir.resolve(log).toFile());
        Process process = builder.start();
        started.add(process);
        return process;
    }

    /** Stops what was started, the last first (TERM, then KILL after 60 s), children before their parent. */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            Process process = started.get(i);
            List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
            tree.add(process.toHandle());
            tree.forEach(ProcessHandle::destroy);
            for (ProcessHandle handle : tree) {
                try {
                    handle.onExit().get(60, TimeUnit.SECONDS);
                } catch (Exception e) {
                    handle.destroyForcibly();
                }
            }
        }
        started.clear();
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(log));
        }
    }

    private static String sbin(String tool) {
        for (String folder : List.of("/usr/sbin", "/usr/bin", "/sbin")) {
            if (Files.isExecutable(Path.of(folder, tool))) {
                return folder + "/" + tool;
            }
        }
        throw new IllegalStateException(tool + " is missing: apt-get install -y mariadb-server");
    }

    static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
