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
 * target/samenplan-db; the tests start from an empty target/test-db.
 */
public class EmbeddedMariaDbInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String DATA_DIR = "samenplan.embedded-db.data-dir";
    public static final String FRESH = "samenplan.embedded-db.fresh";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (env.containsProperty("SAMENPLAN_DB_URL")) {
            return;
        }
        Path dataDir = Path.of(env.getProperty(DATA_DIR, "target/test-db/data"));
        boolean fresh = Boolean.parseBoolean(env.getProperty(FRESH, "true"));
        String url = EmbeddedMariaDb.start(dataDir, fresh);
        env.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb",
                Map.of("spring.datasource.url", url, "spring.datasource.username", "root",
                        "spring.datasource.password", "")));
    }
}
