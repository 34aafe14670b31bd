package nl.samenplan.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Service;

/**
 * Optional single sign-on with OpenID Connect: on when exactly one client registration is configured
 * ({@code spring.security.oauth2.client.registration.<id>.*}), off (and the app exactly as without it) when none is.
 * A log-in through the identity provider is matched to an existing, active Samenplan user by one claim; no user is
 * ever created by a log-in, and the role always comes from Samenplan's database, never from the identity provider.
 */
@Service
public class SingleSignOnService {

    /** Where the browser starts a log-in at the identity provider (Spring Security's authorization endpoint). */
    static final String AUTHORIZATION_PATH = "oauth2/authorization/";

    /** The button on the log-in page: its text's name and the (relative) address it links to. */
    public record Offer(String label, String path) {
    }

    private final Optional<ClientRegistration> registration;
    private final UserDetailsService users;
    private final String usernameClaim;
    private final String usernameDomain;
    private final String label;
    private final boolean trustedForSecondFactor;

    SingleSignOnService(ObjectProvider<ClientRegistrationRepository> registrations, UserDetailsService users,
            @Value("${samenplan.security.oidc.username-claim:preferred_username}") String usernameClaim,
            @Value("${samenplan.security.oidc.username-domain:}") String usernameDomain,
            @Value("${samenplan.security.oidc.label:}") String label,
            @Value("${samenplan.security.oidc.trusted-for-second-factor:true}") boolean trustedForSecondFactor) {
        this.registration = theOnlyRegistration(registrations.getIfAvailable());
        this.users = users;
        this.usernameClaim = usernameClaim.strip();
        this.usernameDomain = usernameDomain.strip().toLowerCase(Locale.ROOT);
        this.label = label.strip();
        this.trustedForSecondFactor = trustedForSecondFactor;
        if (registration.isPresent() && this.usernameClaim.isEmpty()) {
            throw new IllegalStateException("samenplan.security.oidc.username-claim must name a claim");
        }
    }

    private static Optional<ClientRegistration> theOnlyRegistration(ClientRegistrationRepository repository) {
        if (!(repository instanceof Iterable<?> all)) {
            return Optional.empty();
        }
        List<ClientRegistration> found = new ArrayList<>();
        all.forEach(each -> found.add((ClientRegistration) each));
        if (found.size() > 1) {
            throw new IllegalStateException("Samenplan's single sign-on takes one identity provider, but "
                    + found.size() + " client registrations are configured");
        }
        return found.stream().findFirst();
    }

    /** The single sign-on button of the log-in page, when single sign-on is configured. */
    @PreAuthorize(Permissions.ANYONE)
    public Optional<Offer> offer() {
        return registration.map(r -> new Offer(label.isEmpty() ? r.getClientName() : label,
                AUTHORIZATION_PATH + r.getRegistrationId()));
    }

    boolean enabled() {
        return registration.isPresent();
    }

    String usernameClaim() {
        return usernameClaim;
    }

    /**
     * Whether the identity provider's log-in counts as the second factor too (it enforces its own). When it does
     * not, an SSO log-in would have to pass Samenplan's second-factor step as well.
     */
    boolean trustedForSecondFactor() {
        return trustedForSecondFactor;
    }

    /**
     * The Samenplan user the identity provider's claim names: an existing, active user whose username equals the
     * claim (normalised as usernames are; with a username domain set, the claim must end in {@code @domain} and the
     * part before it is the username). Empty when no active user matches: unknown, deactivated (and locked, should the account be) alike.
     */
    Optional<CurrentUser> match(Object claim) {
        return username(claim).flatMap(this::activeUser);
    }

    /** The username the claim stands for, if it can be one at all. */
    Optional<String> username(Object claim) {
        if (!(claim instanceof String raw)) {
            return Optional.empty();
        }
        String candidate = raw.strip().toLowerCase(Locale.ROOT);
        if (!usernameDomain.isEmpty()) {
            String suffix = "@" + usernameDomain;
            if (!candidate.endsWith(suffix)) {
                return Optional.empty();
            }
            candidate = candidate.substring(0, candidate.length() - suffix.length());
        }
        return AppUser.isValidUsername(candidate) ? Optional.of(AppUser.normaliseUsername(candidate))
                : Optional.empty();
    }

    private Optional<CurrentUser> activeUser(String username) {
        try {
            return Optional.of(users.loadUserByUsername(username))
                    .filter(CurrentUser.class::isInstance).map(CurrentUser.class::cast)
                    .filter(user -> user.isEnabled() && user.isAccountNonLocked() && user.isAccountNonExpired());
        } catch (UsernameNotFoundException unknown) {
            return Optional.empty();
        }
    }
}
