package nl.samenplan.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import nl.samenplan.security.ui.LoginView;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The log-in page with and without single sign-on. This application context has no client registration (as a
 * default installation): no SSO link and no OAuth2 endpoints; a login page built with a registration shows the link.
 */
class SingleSignOnLoginPageTest extends KaribuTest {

    @Autowired
    private SingleSignOnService singleSignOn;

    @Test
    void without_a_configured_identity_provider_the_login_page_has_no_single_sign_on_link() {
        login("leefcoach"); // a UI to build the page in (the page itself forwards the logged-in away)
        assertThat(singleSignOn.enabled()).isFalse();
        LoginView page = new LoginView(singleSignOn);
        UI.getCurrent().add(page);
        assertThat(_find(page, Anchor.class)).isEmpty();
    }

    @Test
    void without_a_configured_identity_provider_the_oauth2_endpoints_are_plain_pages_behind_the_login()
            throws Exception {
        mvc.perform(get("/oauth2/authorization/gemeente")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/login/oauth2/code/gemeente").param("code", "abc").param("state", "xyz"))
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void with_an_identity_provider_the_login_page_links_under_the_form_to_its_authorization_endpoint() {
        login("leefcoach");
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("registrations", new InMemoryClientRegistrationRepository(
                SingleSignOnServiceTest.registration("gemeente")));
        SingleSignOnService configured = new SingleSignOnService(
                beans.getBeanProvider(ClientRegistrationRepository.class), userDetailsService, "preferred_username",
                "", "", true);
        LoginView page = new LoginView(configured);
        UI.getCurrent().add(page);
        List<Anchor> links = _find(page, Anchor.class);
        assertThat(links).hasSize(1);
        assertThat(links.get(0).getText()).isEqualTo("Inloggen met Gemeente Heideveen");
        assertThat(links.get(0).getHref()).isEqualTo("oauth2/authorization/gemeente");
        assertThat(links.get(0).isRouterIgnore()).as("a full page load, not Vaadin's router").isTrue();
    }
}
