package nl.samenplan.testsupport;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Registered in META-INF/spring.factories of the test classpath: every Spring application started
 * from the test classpath (the README's run command and the Spring tests) gets the embedded MariaDB,
 * unless SAMENPLAN_DB_URL points at a real server. The run command keeps its data in
 * target/samenplan-db; the tests start from an empty target/test-db/<pid>.
 */
public class EmbeddedMariaDbInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String DATA_DIR = "samenplan.embedded-db.data-dir";
    public static final String FRESH = "samenplan.embedded-db.fresh";
    /** A test may ask for a database of its own on the same server (e.g. the prod profile test). */
    public static final String DATABASE = "samenplan.embedded-db.database";
    /** The URL of the server started here: the demo profile refuses any other database. */
    public static final String EMBEDDED_URL = "samenplan.embedded-db.url";

    /** Each test JVM its own folder, so that two test runs side by side never share a server. */
    private static Path testRunDir() {
        Path root = Path.of("target", "test-db");
        EmbeddedMariaDb.deleteStaleRuns(root);
        return root.resolve(Long.toString(ProcessHandle.current().pid())).resolve("data");
    }

    /**
     * The test run's embedded server for a test without a Spring context (started here unless a Spring test already
     * started it): the JDBC URL of the named database on it, as user root without a password.
     */
    public static String testRunServer(String database) {
        return EmbeddedMariaDb.start(testRunDir(), true, database);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (env.containsProperty("SAMENPLAN_DB_URL")) {
            return;
        }
        Path dataDir = env.containsProperty(DATA_DIR) ? Path.of(env.getProperty(DATA_DIR)) : testRunDir();
        boolean fresh = Boolean.parseBoolean(env.getProperty(FRESH, "true"));
        String url = EmbeddedMariaDb.start(dataDir, fresh, env.getProperty(DATABASE, "samenplan"));
        env.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb",
                Map.of("spring.datasource.url", url, "spring.datasource.username", "root",
                        "spring.datasource.password", "", EMBEDDED_URL, url)));
    }
}
