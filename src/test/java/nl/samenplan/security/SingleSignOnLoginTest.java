package nl.samenplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** What an accepted or refused SSO log-in leaves in the session and tells the access log. */
class SingleSignOnLoginTest {

    private final List<Authentication> successes = new ArrayList<>();
    private final List<Authentication> failures = new ArrayList<>();
    private final AuthenticationEventPublisher events = new AuthenticationEventPublisher() {
        @Override
        public void publishAuthenticationSuccess(Authentication authentication) {
            successes.add(authentication);
        }

        @Override
        public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
            assertThat(exception).isInstanceOf(BadCredentialsException.class);
            failures.add(authentication);
        }
    };

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_accepted_log_in_leaves_the_current_user_in_the_session_with_the_role_from_samenplan_and_no_idp_token()
            throws Exception {
        CurrentUser leefcoach = new CurrentUser(1, "leefcoach", "{noop}x", "Sanne Mulder", Role.LEEFCOACH, 7L,
                "Dorpsteam", null, true);
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").subject("sanne").issuer("https://idp.example")
                .claim("preferred_username", "leefcoach").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).build();
        SingleSignOnLogin.MatchedOidcUser matched = new SingleSignOnLogin.MatchedOidcUser(
                new DefaultOidcUser(Set.of(new SimpleGrantedAuthority("ROLE_BEHEERDER")), idToken), leefcoach,
                "preferred_username");
        OAuth2AuthenticationToken fromProvider = new OAuth2AuthenticationToken(matched, matched.getAuthorities(),
                "gemeente");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login/oauth2/code/gemeente");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new SingleSignOnLogin.AsCurrentUser(new HttpSessionSecurityContextRepository(), events,
                new SavedRequestAwareAuthenticationSuccessHandler()).onAuthenticationSuccess(request, response,
                fromProvider);

        SecurityContext saved = (SecurityContext) request.getSession().getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication inSession = saved.getAuthentication();
        assertThat(inSession).isInstanceOf(UsernamePasswordAuthenticationToken.class);
        assertThat(inSession.isAuthenticated()).isTrue();
        assertThat(inSession.getPrincipal()).isSameAs(leefcoach);
        assertThat(inSession.getCredentials()).isNull();
        assertThat(inSession.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_LEEFCOACH");
        assertThat(CurrentUser.find()).contains(leefcoach);
        assertThat(successes).containsExactly(inSession);
        assertThat(response.getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void a_refused_log_in_goes_back_to_the_login_page_with_the_error_and_is_reported_with_the_tried_name()
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login/oauth2/code/gemeente");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new SingleSignOnLogin.Refused(events).onAuthenticationFailure(request, response,
                new SingleSignOnLogin.NoSuchActiveUser("niemand"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(failures).extracting(Authentication::getName).containsExactly("niemand");
        assertThat(failures.get(0).isAuthenticated()).isFalse();
        assertThat(successes).isEmpty();
    }
}
