package nl.samenplan.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * The OpenID Connect log-in in Spring Security's filter chain, added only when single sign-on is configured.
 *
 * <p>Spring Security's OAuth2 log-in checks the identity provider's answer (state, nonce, the ID token's signature,
 * issuer, audience and expiry). {@link MatchingUserService} then matches the token's claim to an active Samenplan
 * user or refuses. On success the {@code OAuth2AuthenticationToken} (which carries the ID token and the IdP's claims)
 * is replaced by the same authentication a password log-in gives: a {@link CurrentUser} principal with the role
 * from Samenplan's database, so {@code CurrentUser.find()}, {@code @PreAuthorize}, {@code @RolesAllowed} and
 * whatever finds a user's sessions by principal work unchanged. No token of the identity provider is kept: not in
 * the principal, and not as an authorized client (Samenplan calls no API with it).
 *
 * <p>The filter gets an authentication manager of its own, without an event publisher, so that the half-way
 * {@code OAuth2LoginAuthenticationToken} is never announced: {@code AuthenticationSuccessEvent} (LOGGED_IN in the
 * access log) is published once, with the {@code CurrentUser}, and every refusal as a bad-credentials failure with
 * the username that was tried, the same events as the password form.
 */
final class SingleSignOnLogin {

    /** Refused log-ins go back to the log-in page with the same generic error as a wrong password. */
    static final String FAILURE_URL = "/login?error";
    static final String LOGIN_PAGE = "/login";

    private SingleSignOnLogin() {
    }

    /**
     * {@code steps}: where the identity provider is not trusted for the second factor, an SSO log-in still owes
     * Samenplan's own code (or its enrolment where required), as a password log-in does.
     */
    static void configure(HttpSecurity http, SingleSignOnService sso, AuthenticationEventPublisher events,
            LoginSteps steps, java.time.Clock clock) throws Exception {
        MatchingUserService userService = new MatchingUserService(sso);
        OidcAuthorizationCodeAuthenticationProvider provider = new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), userService);
        ProviderManager ownManager = new ProviderManager(provider);
        SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
        SavedRequestAwareAuthenticationSuccessHandler landing = new SavedRequestAwareAuthenticationSuccessHandler();
        RequestCache requestCache = http.getSharedObject(RequestCache.class);
        if (requestCache != null) {
            landing.setRequestCache(requestCache);
        }
        http.oauth2Login(oauth2 -> oauth2
                .loginPage(LOGIN_PAGE)
                .authorizedClientRepository(new NoTokensKept())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(userService))
                .successHandler(new AsCurrentUser(contexts, events, landing,
                        sso.trustedForSecondFactor() ? null : new SecondFactorAfterSso(steps::owedBy, clock)))
                .failureHandler(new Refused(events))
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
                    @Override
                    public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationManager(ownManager);
                        return filter;
                    }
                }));
    }

    /** The identity provider's user, with the Samenplan user its claim matched (never the IdP's roles). */
    static final class MatchedOidcUser extends DefaultOidcUser {

        private final CurrentUser user;

        MatchedOidcUser(OidcUser fromProvider, CurrentUser user, String nameClaim) {
            super(user.getAuthorities(), fromProvider.getIdToken(), fromProvider.getUserInfo(), nameClaim);
            this.user = user;
        }

        CurrentUser user() {
            return user;
        }
    }

    /** A refused SSO log-in, with the username that was tried for the access log (the user never sees it). */
    static final class NoSuchActiveUser extends OAuth2AuthenticationException {

        private final String tried;

        NoSuchActiveUser(String tried) {
            super(new OAuth2Error("samenplan_no_active_user"), "No active Samenplan user matches the claim");
            this.tried = tried;
        }

        String tried() {
            return tried;
        }
    }

    /** Loads the user from the identity provider (ID token, and user info when offered), then matches it. */
    static final class MatchingUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

        private final OidcUserService fromProvider = new OidcUserService();
        private final SingleSignOnService sso;

        MatchingUserService(SingleSignOnService sso) {
            this.sso = sso;
        }

        @Override
        public OidcUser loadUser(OidcUserRequest request) {
            OidcUser provided = fromProvider.loadUser(request);
            Object claim = provided.getClaims().get(sso.usernameClaim());
            Optional<CurrentUser> user = sso.match(claim);
            if (user.isEmpty()) {
                throw new NoSuchActiveUser(claim instanceof String s ? s : "");
            }
            return new MatchedOidcUser(provided, user.get(), sso.usernameClaim());
        }
    }

    /** Puts the matched {@link CurrentUser} in the security context (and the session) instead of the IdP's token. */
    static final class AsCurrentUser implements AuthenticationSuccessHandler {

        private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        private final SecurityContextRepository contexts;
        private final AuthenticationEventPublisher events;
        private final AuthenticationSuccessHandler landing;
        private final SecondFactorAfterSso secondFactor;

        /** {@code secondFactor}: null where the identity provider is trusted for the second factor. */
        AsCurrentUser(SecurityContextRepository contexts, AuthenticationEventPublisher events,
                AuthenticationSuccessHandler landing, SecondFactorAfterSso secondFactor) {
            this.secondFactor = secondFactor;
            this.contexts = contexts;
            this.events = events;
            this.landing = landing;
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication fromProvider) throws IOException, jakarta.servlet.ServletException {
            if (!(fromProvider.getPrincipal() instanceof MatchedOidcUser matched)) {
                throw new IllegalStateException("An SSO log-in without a matched Samenplan user");
            }
            CurrentUser user = matched.user();
            if (secondFactor != null && secondFactor.owed(request, response, user)) {
                return; // not logged in yet: the step page asks for Samenplan's own code
            }
            UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                    user, null, user.getAuthorities());
            authentication.setDetails(fromProvider.getDetails());
            authentication.eraseCredentials();
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(authentication);
            holder.setContext(context);
            contexts.saveContext(context, request, response);
            events.publishAuthenticationSuccess(authentication);
            landing.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /**
     * An identity provider not trusted for the second factor: the SSO log-in owes the code of Samenplan's own second
     * factor (or its enrolment where the role requires one) as a password does; a password of one's own is never owed
     * here (the identity provider holds it). Owed: the user stays anonymous, the pending log-in waits in the session.
     */
    static final class SecondFactorAfterSso {

        private final java.util.function.LongFunction<java.util.List<LoginStep>> steps;
        private final java.time.Clock clock;

        /** {@code steps}: the steps a user owes after a password ({@link LoginSteps#owedBy(long)}). */
        SecondFactorAfterSso(java.util.function.LongFunction<java.util.List<LoginStep>> steps, java.time.Clock clock) {
            this.steps = steps;
            this.clock = clock;
        }

        boolean owed(HttpServletRequest request, HttpServletResponse response, CurrentUser user) throws IOException {
            java.util.List<LoginStep> owed = steps.apply(user.userId()).stream()
                    .filter(step -> step != LoginStep.NEW_PASSWORD).toList();
            if (owed.isEmpty()) {
                return false;
            }
            PendingLogins.beginSteps(request, response,
                    new PendingLogin(user.userId(), user.getUsername(), clock.instant(), owed, 0));
            return true;
        }
    }

    /** Back to the log-in page with the generic error; the access log gets a refused log-in. */
    static final class Refused implements AuthenticationFailureHandler {

        private final AuthenticationFailureHandler loginPage = new SimpleUrlAuthenticationFailureHandler(FAILURE_URL);
        private final AuthenticationEventPublisher events;

        Refused(AuthenticationEventPublisher events) {
            this.events = events;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException, jakarta.servlet.ServletException {
            String tried = exception instanceof NoSuchActiveUser refused ? refused.tried() : "";
            events.publishAuthenticationFailure(new BadCredentialsException("Single sign-on refused", exception),
                    UsernamePasswordAuthenticationToken.unauthenticated(tried, null));
            loginPage.onAuthenticationFailure(request, response, exception);
        }
    }

    /** Samenplan uses the identity provider only to learn who logs in: its access token is not kept. */
    static final class NoTokensKept implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
                Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
                HttpServletRequest request, HttpServletResponse response) {
            // nothing to keep
        }

        @Override
        public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
                HttpServletRequest request, HttpServletResponse response) {
            // nothing kept
        }
    }
}
