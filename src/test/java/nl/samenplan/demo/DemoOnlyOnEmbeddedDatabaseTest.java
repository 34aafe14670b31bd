package nl.samenplan.demo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.samenplan.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/** Fail closed: the demo accounts and their known password never reach a real database. */
class DemoOnlyOnEmbeddedDatabaseTest {

    private static final String EMBEDDED = "jdbc:mariadb://localhost:33061/samenplan";

    private static MockEnvironment demo(String datasourceUrl, String embeddedUrl) {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", datasourceUrl);
        if (embeddedUrl != null) {
            environment.setProperty(DemoOnlyOnEmbeddedDatabase.EMBEDDED_URL, embeddedUrl);
        }
        environment.setActiveProfiles("demo");
        return environment;
    }

    @Test
    void the_demo_runs_on_the_embedded_database_it_was_started_with() {
        assertThatCode(() -> DemoOnlyOnEmbeddedDatabase.requireEmbedded(demo(EMBEDDED, EMBEDDED)))
                .doesNotThrowAnyException();
    }

    @Test
    void the_demo_is_refused_on_a_real_server_or_without_an_embedded_one() {
        assertThatThrownBy(() -> DemoOnlyOnEmbeddedDatabase.requireEmbedded(
                demo("jdbc:mariadb://db.zorg.example:3306/samenplan", EMBEDDED)))
                .hasMessageContaining("only on the embedded database");
        assertThatThrownBy(() -> DemoOnlyOnEmbeddedDatabase.requireEmbedded(
                demo("jdbc:mariadb://db.zorg.example:3306/samenplan", null)))
                .hasMessageContaining("only on the embedded database");
    }

    @Test
    void the_demo_is_refused_together_with_the_production_profile() {
        MockEnvironment both = demo(EMBEDDED, EMBEDDED);
        both.setActiveProfiles("demo", "prod");
        assertThatThrownBy(() -> DemoOnlyOnEmbeddedDatabase.requireEmbedded(both))
                .hasMessageContaining("cannot run together with prod");
    }

    @Test
    void an_application_started_with_the_demo_profile_against_a_real_server_stops_before_it_touches_it() {
        // SAMENPLAN_DB_URL set: the test class path's embedded MariaDB stays out, as for a real server
        SpringApplicationBuilder start = new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                .properties("SAMENPLAN_DB_URL=jdbc:mariadb://127.0.0.1:9/samenplan", "SAMENPLAN_DB_USER=samenplan",
                        "SAMENPLAN_DB_PASSWORD=geheim", "spring.main.banner-mode=off", "PORT=0");
        assertThatThrownBy(start::run).hasStackTraceContaining("only on the embedded database");
    }
}
