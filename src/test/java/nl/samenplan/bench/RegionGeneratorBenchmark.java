package nl.samenplan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import nl.samenplan.testsupport.region.RegionDatabase;
import nl.samenplan.testsupport.region.RegionGenerator;
import nl.samenplan.testsupport.region.RegionSize;
import org.junit.jupiter.api.Test;

/**
 * The region generator as a command (excluded from the normal build, like the benchmarks): fills the embedded
 * throw-away database (target/region-db) or -Dsamenplan.region.url with a region of -Dsamenplan.region.scale (default
 * 1: 100,000 clients, 1,000,000 tasks, 10,000,000 access-log entries), unless a complete one of that size is there
 * already, and prints how long each part took and the rows written. Run: see the README, section Benchmarks. Writes
 * target/benchmarks/region.txt.
 */
class RegionGeneratorBenchmark {

    @Test
    void generates_a_region_and_prints_how_long_each_part_took() throws SQLException, IOException {
        RegionSize size = RegionSize.fromSystemProperties();
        RegionDatabase database = RegionDatabase.fromSystemProperties();
        RegionGenerator.Report report = database.ensure(size, LocalDate.now());
        String text = report == null ? "A complete region (" + size + ") is already in " + database.name() + "\n"
                : "Into " + database.name() + ", " + Runtime.getRuntime().availableProcessors() + " cores, load "
                        + loadAverage() + " before:\n" + report;
        System.out.print(text);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/region.txt"), text);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
