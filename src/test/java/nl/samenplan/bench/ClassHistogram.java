package nl.samenplan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live objects of another JVM by class, from {@code jcmd <pid> GC.class_histogram}, which runs a full GC first
 * (after two {@code GC.run} to let reference processing and finalisation settle): what it retains, class by class.
 */
record ClassHistogram(long totalBytes, long totalInstances, Map<String, long[]> byClass) {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

    /** Two full GCs, then the histogram (itself after a third). */
    static ClassHistogram of(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        String text = jcmd(pid, "GC.class_histogram");
        Map<String, long[]> byClass = new HashMap<>();
        long bytes = 0;
        long instances = 0;
        for (String line : text.split("\n")) {
            Matcher row = ROW.matcher(line);
            Matcher total = TOTAL.matcher(line.strip());
            if (row.matches()) {
                byClass.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            } else if (total.find()) {
                instances = Long.parseLong(total.group(1));
                bytes = Long.parseLong(total.group(2));
            }
        }
        if (bytes == 0) {
            throw new IllegalStateException("No class histogram from jcmd " + pid + ":\n" + text);
        }
        return new ClassHistogram(bytes, instances, byClass);
    }

    /** The classes that grew most from {@code before} to this one, in bytes, with instances and bytes per session. */
    String topGrowth(ClassHistogram before, int top, int sessions) {
        StringBuilder out = new StringBuilder(String.format("  %12s %14s %10s %9s  %s%n", "instances+", "bytes+",
                "inst/UI", "B/UI", "class"));
        List<Map.Entry<String, long[]>> rows = byClass.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), minus(e.getValue(), before.byClass.get(e.getKey()))))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(top).toList();
        for (Map.Entry<String, long[]> row : rows) {
            long[] d = row.getValue();
            out.append(String.format("  %,12d %,14d %,10.1f %,9d  %s%n", d[0], d[1], d[0] / (double) sessions,
                    d[1] / sessions, row.getKey()));
        }
        return out.toString();
    }

    private static long[] minus(long[] now, long[] then) {
        return then == null ? now : new long[] {now[0] - then[0], now[1] - then[1]};
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(jcmdPath(), Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(120, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + out);
        }
        return out;
    }

    private static String jcmdPath() {
        java.nio.file.Path beside = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd");
        return java.nio.file.Files.isExecutable(beside) ? beside.toString() : "jcmd";
    }
}
