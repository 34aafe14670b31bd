package nl.samenplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.samenplan.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A jar started without a profile fails closed as production does: it refuses to start without a first
 * administrator from the environment, and with one it has that account only: no demo account, no known password.
 */
class NoProfileStartTest {

    /**
     * Each test on an empty database of its own on the test run's embedded server, on a free port. (The builder's
     * properties are defaults, below application.properties: the port is given as the PORT it reads.)
     */
    private static SpringApplicationBuilder withoutProfile(String database, String... properties) {
        return new SpringApplicationBuilder(Application.class)
                .properties("samenplan.embedded-db.database=" + database, "spring.main.banner-mode=off", "PORT=0",
                        "vaadin.productionMode=false",
                        "SAMENPLAN_SECOND_FACTOR_KEY=een-geheime-sleutel-voor-de-test")
                .properties(properties);
    }

    @Test
    void without_a_profile_and_without_a_first_administrator_the_application_does_not_start() {
        assertThatThrownBy(() -> withoutProfile("samenplan_no_profile_no_admin").run().close())
                .hasStackTraceContaining("set SAMENPLAN_ADMIN_USERNAME and SAMENPLAN_ADMIN_PASSWORD");
    }

    @Test
    void without_a_profile_the_only_account_is_the_administrator_chosen_at_the_first_start() {
        try (ConfigurableApplicationContext context = withoutProfile("samenplan_no_profile_admin", "SAMENPLAN_ADMIN_USERNAME=beheer.zorg",
                "SAMENPLAN_ADMIN_PASSWORD=een-lang-en-eigen-wachtwoord-7").run()) {
            AppUserRepository users = context.getBean(AppUserRepository.class);
            assertThat(users.findAll()).extracting(AppUser::getUsername).containsExactly("beheer.zorg");
            assertThat(users.findByUsername("leefcoach")).isEmpty();
        }
    }
}
