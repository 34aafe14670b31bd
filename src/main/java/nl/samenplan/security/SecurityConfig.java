package nl.samenplan.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.samenplan.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Vaadin's security configuration, database users with BCrypt, method security on services; the OpenID Connect
 * log-in only when single sign-on is configured.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SingleSignOnService sso,
            AuthenticationEventPublisher authenticationEvents) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(antMatcher("/actuator/health"), antMatcher("/actuator/health/**")).permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                                + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"))
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (sso.enabled()) {
            SingleSignOnLogin.configure(http, sso, authenticationEvents);
        }
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
