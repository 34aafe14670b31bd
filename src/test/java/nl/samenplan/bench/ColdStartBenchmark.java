package nl.samenplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenplan.testsupport.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (excluded from the normal build): the cold start of the production jar with the prod profile
 * against a running MariaDB (the embedded server of the tests, a real mariadbd on loopback, with the schema already
 * migrated by a first start), from launching {@code java} to the first 200 of {@code /readyz}. Three ways to launch
 * the same jar, interleaved so that a busy machine weighs on each alike:
 * <ul>
 * <li>{@code java -jar} of the jar as built;</li>
 * <li>the jar extracted by Spring Boot's {@code -Djarmode=tools extract} (classes load from plain jars, not from jars
 * inside a jar);</li>
 * <li>that, with a class-data-sharing archive made by one training run ({@code -XX:ArchiveClassesAtExit} with
 * {@code -Dspring.context.exit=onRefresh}), as the Dockerfile does.</li>
 * </ul>
 * Needs the production jar: {@code mvn -Pproduction -DskipTests package} first. Run: see the README, section
 * Benchmarks. Prints and writes target/benchmarks/cold-start.txt; {@code -Dsamenplan.bench.starts} (default 5) starts
 * of each way.
 */
class ColdStartBenchmark {

    private static final Path JAR = Path.of("target/samenplan-0.1.0-SNAPSHOT.jar");
    private static final Path WORK = Path.of("target/cold-start");
    private static final Pattern STARTED = Pattern.compile("Started Application in ([0-9.]+) seconds");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final int port = freePort();
    private final int managementPort = freePort();
    private String databaseUrl;

    @Test
    void the_production_jar_starts_against_a_running_mariadb() throws Exception {
        assertThat(JAR).as("the production jar: run mvn -Pproduction -DskipTests package first").exists();
        String load = RegionGeneratorBenchmark.loadAverage();
        databaseUrl = EmbeddedMariaDb.start(WORK.resolve("db"), true, "samenplan");
        Path extracted = WORK.resolve("app");
        run(List.of("java", "-Djarmode=tools", "-jar", JAR.toString(), "extract", "--force", "--destination",
                extracted.toString()), WORK.resolve("extract.log"));
        Path extractedJar = extracted.resolve(JAR.getFileName());
        Path archive = WORK.resolve("app.jsa");
        Files.deleteIfExists(archive);

        StringBuilder out = new StringBuilder();
        out.append("Cold start of the production jar (prod profile) against a running MariaDB, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, load ").append(load)
                .append(" before\n");
        Path classes = WORK.resolve("classes-loaded.txt");
        Start first = start(List.of("-Xlog:class+load:file=" + classes, "-jar", JAR.toString()), "first");
        out.append(String.format("first start on an empty database (migrates, creates the administrator): %.2f s,"
                + " %d classes loaded%n", first.ready(), Files.readAllLines(classes).size()));
        long training = System.nanoTime();
        run(command(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
                extractedJar.toString())), WORK.resolve("training.log"));
        out.append(String.format("training run for the class-data-sharing archive: %.2f s, archive %d MB%n",
                (System.nanoTime() - training) / 1e9, Files.size(archive) >> 20));

        Map<String, List<String>> ways = new LinkedHashMap<>();
        ways.put("java -jar (as built)", List.of("-jar", JAR.toString()));
        ways.put("extracted jar", List.of("-jar", extractedJar.toString()));
        ways.put("extracted jar + CDS archive", List.of("-XX:SharedArchiveFile=" + archive, "-jar",
                extractedJar.toString()));
        Map<String, List<Start>> starts = new LinkedHashMap<>();
        int rounds = Integer.getInteger("samenplan.bench.starts", 5);
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, List<String>> way : ways.entrySet()) {
                starts.computeIfAbsent(way.getKey(), k -> new ArrayList<>())
                        .add(start(way.getValue(), "start-" + starts.size() + "-" + round));
            }
        }
        out.append(String.format("%d starts each, seconds from launching java to the first 200 of /readyz"
                + " (Spring's own \"Started Application in\" in brackets):%n", rounds));
        starts.forEach((way, list) -> out.append(String.format("  %-28s median %5.2f  min %5.2f  max %5.2f   (%s)%n",
                way, median(list, Start::ready), min(list, Start::ready), max(list, Start::ready),
                String.format("median %.2f", median(list, Start::started)))));
        out.append("load after: ").append(RegionGeneratorBenchmark.loadAverage()).append('\n');
        System.out.print(out);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/cold-start.txt"), out);
    }

    private record Start(double ready, double started) {
    }

    /** Launches one node, waits for /readyz, reads its own start-up time from the log and stops it. */
    private Start start(List<String> launch, String name) throws Exception {
        Path log = WORK.resolve(name + ".log");
        long begin = System.nanoTime();
        Process node = process(command(launch), log).start();
        try {
            long deadline = begin + TimeUnit.SECONDS.toNanos(180);
            while (!ready()) {
                assertThat(node.isAlive()).as("the node stopped while starting; see " + log).isTrue();
                assertThat(System.nanoTime()).as("ready within 180 s; see " + log).isLessThan(deadline);
                Thread.sleep(20);
            }
            double ready = (System.nanoTime() - begin) / 1e9;
            Matcher started = STARTED.matcher(Files.readString(log));
            return new Start(ready, started.find() ? Double.parseDouble(started.group(1)) : Double.NaN);
        } finally {
            node.destroy();
            if (!node.waitFor(60, TimeUnit.SECONDS)) {
                node.destroyForcibly().waitFor();
            }
        }
    }

    private boolean ready() throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** The java command of a node: the prod profile on loopback, as the README's production variables start it. */
    private List<String> command(List<String> launch) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m"));
        command.addAll(launch);
        command.addAll(List.of("--spring.profiles.active=prod", "--server.address=127.0.0.1",
                "--server.port=" + port, "--management.server.port=" + managementPort));
        return command;
    }

    private ProcessBuilder process(List<String> command, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("SAMENPLAN_DB_URL", databaseUrl.replace("localhost", "127.0.0.1"));
        env.put("SAMENPLAN_DB_USER", "root");
        env.put("SAMENPLAN_DB_PASSWORD", "");
        env.put("SAMENPLAN_SECURE_COOKIE", "false");
        env.put("SAMENPLAN_ADMIN_USERNAME", "beheer");
        env.put("SAMENPLAN_ADMIN_PASSWORD", "Koude-start-" + Long.toHexString(System.nanoTime()));
        env.put("SAMENPLAN_SECOND_FACTOR_KEY", "koude-start-benchmark-sleutel");
        return builder;
    }

    private void run(List<String> command, Path log) throws Exception {
        Files.createDirectories(WORK);
        Process process = process(command, log).start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "; see " + log).isZero();
    }

    private static double median(List<Start> list, ToDoubleFunction<Start> value) {
        double[] sorted = list.stream().mapToDouble(value).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double min(List<Start> list, ToDoubleFunction<Start> value) {
        return list.stream().mapToDouble(value).min().orElse(Double.NaN);
    }

    private static double max(List<Start> list, ToDoubleFunction<Start> value) {
        return list.stream().mapToDouble(value).max().orElse(Double.NaN);
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
