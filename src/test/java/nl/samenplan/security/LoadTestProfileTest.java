package nl.samenplan.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

/**
 * The loadtest profile switches off Vaadin's XSRF and sync-id checks and the second factor: it must never start in
 * real use by accident, and nothing else may switch those checks off.
 */
class LoadTestProfileTest {

    private MockEnvironment loadTest() throws IOException {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod", "loadtest");
        new PropertiesPropertySourceLoader().load("loadtest",
                new ClassPathResource("application-loadtest.properties"))
                .forEach(source -> environment.getPropertySources().addLast(source));
        return environment;
    }

    @Test
    void the_loadtest_profile_starts_on_loopback_with_the_acknowledgement() throws IOException {
        MockEnvironment environment = loadTest();
        environment.setProperty("server.address", "127.0.0.1");
        environment.setProperty("samenplan.loadtest.acknowledge", LoadTestProfile.ACKNOWLEDGEMENT);
        assertThatCode(() -> LoadTestProfile.check(environment)).doesNotThrowAnyException();
    }

    @Test
    void the_loadtest_profile_refuses_to_start_without_the_acknowledgement() throws IOException {
        MockEnvironment environment = loadTest();
        environment.setProperty("server.address", "127.0.0.1");
        assertThatThrownBy(() -> LoadTestProfile.check(environment)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("samenplan.loadtest.acknowledge");
    }

    @Test
    void the_loadtest_profile_refuses_to_start_on_every_address_or_a_public_one() throws IOException {
        for (String address : new String[] {null, "0.0.0.0", "192.168.1.10"}) {
            MockEnvironment environment = loadTest();
            if (address != null) {
                environment.setProperty("server.address", address);
            }
            environment.setProperty("samenplan.loadtest.acknowledge", LoadTestProfile.ACKNOWLEDGEMENT);
            assertThatThrownBy(() -> LoadTestProfile.check(environment)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("loopback");
        }
    }

    @Test
    void the_checks_switched_off_in_any_other_profile_refuse_the_start() {
        for (String[] setting : new String[][] {{"vaadin.disable-xsrf-protection", "true"},
                {"vaadin.disableXsrfProtection", "true"}, {"vaadin.syncIdCheck", "false"},
                {"vaadin.sync-id-check", "false"}}) {
            MockEnvironment environment = new MockEnvironment();
            environment.setActiveProfiles("prod");
            environment.setProperty(setting[0], setting[1]);
            assertThatThrownBy(() -> LoadTestProfile.check(environment)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("outside the loadtest profile");
        }
    }
}
