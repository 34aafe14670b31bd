package nl.samenplan.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The password check of the log-in form, guarded: an address with too many failures is refused without a look at the
 * password; then Spring's {@link DaoAuthenticationProvider} checks the password (an unknown username costs the same
 * BCrypt time on a dummy hash); a wrong one counts towards the lock-out; a locked account is refused even with the
 * right password; a one-time password of the beheerder opens nothing once it has expired. Every refusal looks the same
 * on the log-in page; {@link LoginRefusedException} tells the access log why.
 */
@Component
class PasswordLogin implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginAttempts attempts;
    private final AppUserRepository users;
    private final Clock clock;
    private final Duration oneTimePasswordValid;

    PasswordLogin(UserDetailsService userDetails, PasswordEncoder encoder, LoginAttempts attempts,
            AppUserRepository users, Clock clock,
            @Value("${samenplan.security.one-time-password-valid:72h}") Duration oneTimePasswordValid) {
        this.passwords = new DaoAuthenticationProvider(userDetails);
        this.passwords.setPasswordEncoder(encoder);
        this.attempts = attempts;
        this.users = users;
        this.clock = clock;
        this.oneTimePasswordValid = oneTimePasswordValid;
    }

    /**
     * No transaction around the whole: each step commits on its own, so that the refusal thrown at the end never rolls
     * back the failure it counted.
     */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Authentication authenticate(Authentication login) {
        String username = login.getName();
        String address = login.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (attempts.isThrottled(address)) {
            throw new LoginRefusedException(LoginRefusedException.Reason.THROTTLED);
        }
        Authentication authenticated;
        try {
            authenticated = passwords.authenticate(login);
        } catch (BadCredentialsException wrong) {
            switch (attempts.failed(username, address)) {
                case LOCKED_NOW -> throw new LoginRefusedException(LoginRefusedException.Reason.LOCKED_NOW);
                case STILL_LOCKED -> throw new LoginRefusedException(LoginRefusedException.Reason.LOCKED);
                default -> throw wrong;
            }
        }
        if (attempts.isLocked(username)) {
            attempts.failed(username, address); // counts for the address; a locked account counts nothing more
            throw new LoginRefusedException(LoginRefusedException.Reason.LOCKED);
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (users.findByUsername(name).map(u -> u.oneTimePasswordExpired(clock.instant(), oneTimePasswordValid))
                .orElse(false)) {
            throw new LoginRefusedException(LoginRefusedException.Reason.ONE_TIME_PASSWORD_EXPIRED);
        }
        attempts.succeeded(username, address);
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
