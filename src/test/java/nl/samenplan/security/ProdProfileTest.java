package nl.samenplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.samenplan.Application;
import nl.samenplan.client.ClientRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The prod profile on an empty database of its own: no demo data, no demo accounts, and the first
 * administrator made from the environment.
 */
@SpringBootTest(classes = Application.class, properties = {
        "samenplan.embedded-db.database=samenplan_prod_test",
        "SAMENPLAN_ADMIN_USERNAME=Eerste.Beheerder",
        "SAMENPLAN_ADMIN_PASSWORD=een-lang-geheim-wachtwoord",
        "SAMENPLAN_SECOND_FACTOR_KEY=een-geheime-sleutel-voor-de-test",
        "vaadin.productionMode=false"})
@ActiveProfiles("prod")
class ProdProfileTest {

    @Autowired
    private AppUserRepository users;

    @Autowired
    private ClientRepository clients;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Test
    void production_starts_with_only_the_first_administrator_and_no_demo_data() {
        List<AppUser> all = users.findAll();
        assertThat(all).hasSize(1);
        AppUser admin = all.get(0);
        assertThat(admin.getUsername()).isEqualTo("eerste.beheerder");
        assertThat(admin.getRole()).isEqualTo(Role.BEHEERDER);
        assertThat(passwordEncoder.matches("een-lang-geheim-wachtwoord", admin.getPasswordHash())).isTrue();
        assertThat(users.findByUsername("leefcoach")).isEmpty();
        assertThat(clients.count()).isZero();
    }
}
