package nl.samenplan.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The login form as Spring Security handles it, against the users in the database. */
class LoginTest extends KaribuTest {

    @ParameterizedTest
    @ValueSource(strings = {"leefcoach", "dorpsregisseur", "wijkverpleegkundige", "coordinator", "vrijwilliger",
            "manager", "beheerder"})
    void every_demo_account_logs_in_with_the_demo_password(String username) throws Exception {
        assertThat(canLogIn(username, "samenplan")).isTrue();
    }

    @Test
    void a_wrong_password_is_refused_and_sent_back_to_the_login_page_with_an_error() throws Exception {
        mvc.perform(formLogin("/login").user("leefcoach").password("verkeerd"))
                .andExpect(redirectedUrlPattern("/login?error*"));
        assertThat(canLogIn("leefcoach", "verkeerd")).isFalse();
        assertThat(canLogIn("niemand", "samenplan")).isFalse();
    }

    @Test
    void pages_need_a_login_but_the_health_check_does_not() throws Exception {
        mvc.perform(get("/clienten")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().string(
                org.hamcrest.Matchers.containsString("UP")));
    }
}
