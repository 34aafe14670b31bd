package nl.samenplan.load;

import java.io.IOException;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a run: every timed request (name, start, end, success), and every 2 s a sample of the application
 * (heap used and committed, Hikari's waiting threads and active connections, from the Prometheus endpoint on its
 * management port; CPU from /proc), of MariaDB (CPU) and of this JVM (CPU), with the load average. At the end, per
 * step (only the hold, not the ramps): requests a second, p50/p95/p99/max of each round trip, errors, and the means
 * of the samples; the knee is the first step that misses p95 100 ms or has errors.
 */
final class Figures {

    record Request(String name, long start, long end, boolean ok) {
    }

    record Sample(long at, double heapMb, double heapCommittedMb, double appCpu, double dbCpu, double gatlingCpu,
            double hikariPending, double hikariActive, double load) {
    }

    private static final ConcurrentLinkedQueue<Request> REQUESTS = new ConcurrentLinkedQueue<>();
    private static final List<Sample> SAMPLES = new ArrayList<>();
    private static final AtomicLong GEDAAN = new AtomicLong();
    private static final long TICKS = 100; // USER_HZ on Linux
    private static List<Integer> steps = List.of();
    private static int hold;
    private static int ramp;
    private static long startedAt;
    private static volatile boolean sampling;
    private static Thread sampler;

    private Figures() {
    }

    static void schedule(List<Integer> users, int holdSeconds, int rampSeconds) {
        steps = users;
        hold = holdSeconds;
        ramp = rampSeconds;
    }

    static void record(String name, long start, long end, boolean ok) {
        REQUESTS.add(new Request(name, start, end, ok));
    }

    static void gedaan() {
        GEDAAN.incrementAndGet();
    }

    static void start() {
        startedAt = System.currentTimeMillis();
        sampling = true;
        sampler = new Thread(Figures::sample, "figures-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The hold of step i: from the end of its ramp to the start of the next ramp (milliseconds since the epoch). */
    static long[] hold(int i) {
        long from = startedAt + (long) i * (hold + ramp) * 1000 + ramp * 1000L;
        return new long[] {from, from + hold * 1000L};
    }

    private static void sample() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String metrics = System.getProperty("load.metricsUrl");
        String appPid = System.getProperty("load.appPid");
        String dbPid = System.getProperty("load.dbPid");
        long[] last = {cpuTicks(appPid), cpuTicks(dbPid), cpuTicks("self")};
        long lastAt = System.currentTimeMillis();
        while (sampling) {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.currentTimeMillis();
            long[] ticks = {cpuTicks(appPid), cpuTicks(dbPid), cpuTicks("self")};
            double seconds = (now - lastAt) / 1000.0;
            double[] cpu = new double[3];
            for (int i = 0; i < 3; i++) {
                cpu[i] = ticks[i] < 0 || last[i] < 0 ? Double.NaN : 100.0 * (ticks[i] - last[i]) / TICKS / seconds;
            }
            last = ticks;
            lastAt = now;
            String text = "";
            if (metrics != null) {
                try {
                    text = http.send(HttpRequest.newBuilder(URI.create(metrics)).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                } catch (IOException | InterruptedException e) {
                    text = "";
                }
            }
            synchronized (SAMPLES) {
                SAMPLES.add(new Sample(now, sum(text, "jvm_memory_used_bytes", "area=\"heap\"") / 1e6,
                        sum(text, "jvm_memory_committed_bytes", "area=\"heap\"") / 1e6, cpu[0], cpu[1], cpu[2],
                        sum(text, "hikaricp_connections_pending", ""), sum(text, "hikaricp_connections_active", ""),
                        loadAverage()));
            }
        }
    }

    /** utime + stime of a process, in clock ticks; -1 when it cannot be read. */
    static long cpuTicks(String pid) {
        if (pid == null || pid.isBlank()) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The sum of a Prometheus metric over the series whose labels contain the filter. */
    static double sum(String text, String metric, String labelFilter) {
        double total = 0;
        boolean found = false;
        Matcher m = Pattern.compile("(?m)^" + metric + "\\{([^}]*)\\} ([0-9.eE+-]+)$").matcher(text);
        while (m.find()) {
            if (m.group(1).contains(labelFilter)) {
                total += Double.parseDouble(m.group(2));
                found = true;
            }
        }
        return found ? total : Double.NaN;
    }

    static void finish() {
        sampling = false;
        StringBuilder out = new StringBuilder();
        out.append(String.format("Samenplan load test, %s; %d cores; think times x%s; nurses %s of the users%n",
                java.time.Instant.ofEpochMilli(startedAt), Runtime.getRuntime().availableProcessors(),
                System.getProperty("load.think", "1"), System.getProperty("load.nurses", "0.34")));
        out.append(String.format("steps %s concurrent users, hold %d s each after a ramp of %d s; figures of the holds"
                + " only (request end within the hold); times in ms%n", steps, hold, ramp));
        List<Request> all = new ArrayList<>(REQUESTS);
        String knee = null;
        for (int i = 0; i < steps.size(); i++) {
            long[] window = hold(i);
            List<Request> in = all.stream().filter(r -> r.end() >= window[0] && r.end() < window[1]).toList();
            if (in.isEmpty()) {
                continue;
            }
            out.append(String.format("%n== %d users: %d requests, %.1f a second, %d errors%n", steps.get(i), in.size(),
                    in.size() / (double) hold, in.stream().filter(r -> !r.ok()).count()));
            out.append(String.format("   %-22s %7s %6s %6s %6s %6s %6s%n", "round trip", "count", "p50", "p95", "p99",
                    "max", "errors"));
            Map<String, List<Request>> byName = new LinkedHashMap<>();
            in.forEach(r -> byName.computeIfAbsent(r.name(), n -> new ArrayList<>()).add(r));
            double worstP95 = 0;
            for (Map.Entry<String, List<Request>> e : byName.entrySet()) {
                long[] times = e.getValue().stream().filter(Request::ok).mapToLong(r -> r.end() - r.start()).sorted()
                        .toArray();
                long errors = e.getValue().stream().filter(r -> !r.ok()).count();
                double p95 = percentile(times, 95);
                if (!e.getKey().startsWith("log in")) {
                    worstP95 = Math.max(worstP95, p95);
                }
                out.append(String.format("   %-22s %7d %6.0f %6.0f %6.0f %6.0f %6d%n", e.getKey(), e.getValue().size(),
                        percentile(times, 50), p95, percentile(times, 99),
                        times.length == 0 ? Double.NaN : (double) times[times.length - 1], errors));
            }
            long[] all95 = in.stream().filter(Request::ok).mapToLong(r -> r.end() - r.start()).sorted().toArray();
            double overall95 = percentile(all95, 95);
            out.append(String.format("   %-22s %7d %6.0f %6.0f %6.0f%n", "all round trips", in.size(),
                    percentile(all95, 50), overall95, percentile(all95, 99)));
            List<Sample> samples;
            synchronized (SAMPLES) {
                samples = SAMPLES.stream().filter(s -> s.at() >= window[0] && s.at() < window[1]).toList();
            }
            out.append(String.format("   heap used %.0f MB mean, %.0f MB max (committed %.0f MB); CPU app %.0f %%,"
                    + " MariaDB %.0f %%, Gatling %.0f %% (of one core); Hikari waiting %.1f mean, %.0f max, active"
                    + " %.1f; load average %.1f%n",
                    mean(samples, Sample::heapMb), max(samples, Sample::heapMb), max(samples, Sample::heapCommittedMb),
                    mean(samples, Sample::appCpu), mean(samples, Sample::dbCpu), mean(samples, Sample::gatlingCpu),
                    mean(samples, Sample::hikariPending), max(samples, Sample::hikariPending),
                    mean(samples, Sample::hikariActive), mean(samples, Sample::load)));
            boolean errors = in.stream().anyMatch(r -> !r.ok());
            if (knee == null && (errors || overall95 > 100)) {
                knee = steps.get(i) + " users (p95 of all round trips " + Math.round(overall95) + " ms, "
                        + in.stream().filter(r -> !r.ok()).count() + " errors)";
            }
        }
        out.append(String.format("%ngedaan clicks that succeeded: %d%n", GEDAAN.get()));
        out.append(String.format("knee: %s%n", knee == null ? "none up to " + steps.get(steps.size() - 1)
                + " users (p95 <= 100 ms, 0 errors at every step)" : "first missed at " + knee));
        System.out.println(out);
        String file = System.getProperty("load.out");
        if (file != null) {
            try {
                Files.createDirectories(Path.of(file).getParent());
                Files.writeString(Path.of(file), out.toString());
                StringBuilder csv = new StringBuilder("epochMillis,heapMb,heapCommittedMb,appCpu,dbCpu,gatlingCpu,"
                        + "hikariPending,hikariActive,load\n");
                synchronized (SAMPLES) {
                    SAMPLES.forEach(s -> csv.append(String.format("%d,%.1f,%.1f,%.1f,%.1f,%.1f,%.0f,%.0f,%.2f%n",
                            s.at(), s.heapMb(), s.heapCommittedMb(), s.appCpu(), s.dbCpu(), s.gatlingCpu(),
                            s.hikariPending(), s.hikariActive(), s.load())));
                }
                Files.writeString(Path.of(file.replace(".txt", "-samples.csv")), csv.toString());
            } catch (IOException e) {
                System.err.println("could not write " + file + ": " + e);
            }
        }
    }

    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double mean(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> value) {
        return samples.stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    static double max(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> value) {
        return samples.stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
    }
}
