package nl.samenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;

/** Every log-in, refused log-in and log-out is in the access log (NEN 7513), the password never. */
class LoginAccessLogTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void a_log_in_is_logged_with_who_and_from_where() throws Exception {
        long before = newest();

        assertThat(canLogIn("wijkverpleegkundige", "samenplan")).isTrue();

        Map<String, Object> entry = last("LOGGED_IN", before);
        assertThat(entry.get("username")).isEqualTo("wijkverpleegkundige");
        assertThat(entry.get("role")).isEqualTo("WIJKVERPLEEGKUNDIGE");
        assertThat(entry.get("organisation")).isEqualTo("Thuiszorg De Linde");
        assertThat(entry.get("outcome")).isEqualTo("ALLOWED");
        assertThat(entry.get("source_address")).isNotNull();
    }

    @Test
    void a_refused_log_in_names_the_username_tried_and_never_the_password() throws Exception {
        long before = newest();

        assertThat(canLogIn("leefcoach", "niet-het-wachtwoord")).isFalse();
        assertThat(canLogIn("bestaat-niet", "geheim-123")).isFalse();

        var refused = jdbc.queryForList("select * from access_log_entry where id > ? and event_type = 'LOGIN_FAILED'"
                + " order by id", before);
        assertThat(refused).extracting(r -> r.get("detail"))
                .containsExactly("gebruikersnaam: leefcoach", "gebruikersnaam: bestaat-niet");
        assertThat(refused).allSatisfy(r -> {
            assertThat(r.get("outcome")).isEqualTo("REFUSED");
            assertThat(r.get("user_id")).isNull();
            assertThat(String.valueOf(r)).doesNotContain("niet-het-wachtwoord", "geheim-123");
        });
    }

    @Test
    void a_log_out_is_logged_with_who_logged_out() throws Exception {
        long before = newest();
        var session = mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user("dorpsregisseur")
                .password("samenplan")).andReturn().getRequest().getSession(false);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/logout")
                .session((org.springframework.mock.web.MockHttpSession) session)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));

        assertThat(last("LOGGED_OUT", before).get("username")).isEqualTo("dorpsregisseur");
    }

    private long newest() {
        Long id = jdbc.queryForObject("select max(id) from access_log_entry", Long.class);
        return id == null ? 0 : id;
    }

    private Map<String, Object> last(String type, long after) {
        var rows = jdbc.queryForList("select * from access_log_entry where id > ? and event_type = ? order by id desc",
                after, type);
        assertThat(rows).as("a %s entry", type).isNotEmpty();
        return rows.get(0);
    }
}
