package nl.samenplan.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.samenplan.security.ui.LoginView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Vaadin's security configuration, database users with BCrypt (checked by {@link PasswordLogin}: throttling per
 * address, lock-out, expiry of one-time passwords), method security on services; the OpenID Connect log-in only when
 * single sign-on is configured.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@org.springframework.boot.context.properties.EnableConfigurationProperties(SessionSettings.class)
class SecurityConfig {

    /**
     * As tight as Vaadin 24.9 allows (the README says why): Flow starts its client engine with an inline script and
     * runs the JavaScript the server sends ({@code executeJs}, event data) by constructing functions, hence
     * {@code 'unsafe-inline' 'unsafe-eval'} for scripts; its components set inline styles; its icons and the second
     * factor's QR code are {@code data:} images. Nothing from another origin, no plugins, no framing, no forms or
     * {@code <base>} pointing elsewhere.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** No camera, microphone, location, payment or other device the application never uses. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
            + "display-capture=()";

    /** Two years with the subdomains: the browser uses only HTTPS for the host once it saw the header over HTTPS. */
    static final long HSTS_MAX_AGE_SECONDS = 63_072_000;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SingleSignOnService sso,
            AuthenticationEventPublisher authenticationEvents, LoginSteps loginSteps, OpenSessions sessions,
            SessionSettings settings, java.time.Clock clock) throws Exception {
        // the form log-in's success handler, which Vaadin's configurer takes as it finds it: steps owed after the
        // password (second factor, own password, enrolment) keep the user anonymous and send them to the step page
        http.setSharedObject(com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler.class,
                new LoginStepsSuccessHandler(loginSteps, clock));
        // right after the security context is read from the session: the session's limits, and the registry
        http.addFilterAfter(new SessionLimitsFilter(sessions, settings, clock),
                org.springframework.security.web.context.SecurityContextHolderFilter.class);
        // then the log lines of the request carry the account's numeric id (never its name)
        http.addFilterAfter(new UserLogContext(), SessionLimitsFilter.class);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(antMatcher("/actuator/health"), antMatcher("/actuator/health/**"), antMatcher("/livez"),
                        antMatcher("/readyz")).permitAll()
                // the metrics, for Prometheus: only where the actuator is served (with a management port of its own,
                // only there), never published (README, "Logs and metrics")
                .requestMatchers(org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest
                        .to("prometheus")).permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (sso.enabled()) {
            SingleSignOnLogin.configure(http, sso, authenticationEvents, loginSteps, clock);
        }
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /**
     * Spring Boot's publisher of log-in events, told that a {@link LoginRefusedException} (locked, throttled, an expired
     * one-time password) is a refused log-in too: without the mapping such a refusal would publish no event, and the
     * access log would miss it. A password accepted while log-in steps are owed is announced only when the steps are
     * done ({@link PasswordStepEvents}).
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher,
            LoginSteps loginSteps) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(
                java.util.Map.of(LoginRefusedException.class, AuthenticationFailureLockedEvent.class));
        return new PasswordStepEvents(events, loginSteps);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
