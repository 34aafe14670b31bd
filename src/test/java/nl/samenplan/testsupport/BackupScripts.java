package nl.samenplan.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the repository's db/backup.sh and db/restore.sh against the embedded MariaDB, with its own client binaries
 * (MARIADB_BIN) and the connection in the environment, as an operator would against a real server.
 */
public final class BackupScripts {

    private static final long TIME_OUT_SECONDS = 300;

    private BackupScripts() {
    }

    /** What a script did: its exit code, its output and errors, and how long it took. */
    public record Run(int exitCode, String out, String err, long millis) {

        public boolean succeeded() {
            return exitCode == 0;
        }

        /** The last line of the output (backup.sh prints the backup's path there). */
        public String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    /** db/backup.sh DATABASE TARGET_DIR. */
    public static Run backup(String database, Path targetDir) {
        return backup(database, targetDir, TIME_OUT_SECONDS);
    }

    /** db/backup.sh DATABASE TARGET_DIR, given more time (a big database). */
    public static Run backup(String database, Path targetDir, long timeOutSeconds) {
        return run(timeOutSeconds, "db/backup.sh", database, targetDir.toString());
    }

    /** db/restore.sh BACKUP DATABASE. */
    public static Run restore(Path backup, String database) {
        return restore(backup, database, TIME_OUT_SECONDS);
    }

    /** db/restore.sh BACKUP DATABASE, given more time (a big database). */
    public static Run restore(Path backup, String database, long timeOutSeconds) {
        return run(timeOutSeconds, "db/restore.sh", backup.toString(), database);
    }

    private static Run run(long timeOutSeconds, String script, String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", script));
        command.addAll(List.of(arguments));
        try {
            Path out = Files.createTempFile("script", ".out");
            Path err = Files.createTempFile("script", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            Map<String, String> env = builder.environment();
            env.put("MARIADB_BIN", EmbeddedMariaDb.clientBinDir().toString());
            env.put("MARIADB_HOST", "127.0.0.1");
            env.put("MARIADB_PORT", Integer.toString(EmbeddedMariaDb.port()));
            env.put("MARIADB_USER", "root");
            env.put("MARIADB_SKIP_SSL", "1");
            env.remove("MYSQL_PWD");
            env.remove("MARIADB_PASSWORD_FILE");
            long start = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(timeOutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " did not finish in " + timeOutSeconds + " s");
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), millis);
            Files.delete(out);
            Files.delete(err);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
