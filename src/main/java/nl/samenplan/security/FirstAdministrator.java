package nl.samenplan.security;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every profile but the demo: on the first start, with no users at all, creates the first administrator from
 * SAMENPLAN_ADMIN_USERNAME and SAMENPLAN_ADMIN_PASSWORD, or refuses to start without them. So a jar started without
 * a profile fails closed as production does: no demo accounts, no known password, no way in but the one chosen.
 *
 * <p>Several nodes may start together on the empty database: each sees no users and inserts the administrator; the
 * unique key on the username lets one insert through (on a Galera cluster the certification does the same), and a node
 * whose insert fails looks again, finds the other's administrator and starts (it logs so). No lock needed, so it works
 * on every engine (Galera has no GET_LOCK).
 */
@Service
@Profile("!demo")
@Transactional
class FirstAdministrator implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AppUserRepository users;
    private final org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String username;
    private final String password;

    FirstAdministrator(AppUserRepository users,
            org.springframework.security.crypto.password.PasswordEncoder passwordEncoder, Clock clock,
            @Value("${samenplan.admin.username:}") String username,
            @Value("${samenplan.admin.password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.username = username;
        this.password = password;
    }

    /**
     * Runs before the web server starts, so a missing administrator stops the start at once. Outside a transaction:
     * the insert commits on its own, so that a failed one (another node's won) leaves this node free to look again.
     */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void afterSingletonsInstantiated() {
        if (users.count() > 0) {
            return;
        }
        requireUsable(username, password);
        try {
            users.save(new AppUser(username, passwordEncoder.encode(password), "Beheerder", Role.BEHEERDER, null, null,
                    clock.instant()));
        } catch (DataAccessException e) {
            if (users.count() == 0) {
                throw e;
            }
            LOG.info("Another node created the first administrator at the same moment; this node starts with it ({})",
                    e.getClass().getSimpleName());
            return;
        }
        LOG.info("Created the first administrator '{}'", AppUser.normaliseUsername(username));
    }

    /** Stops the start, with what to change, when the variables cannot make an administrator who can log in. */
    static void requireUsable(String username, String password) {
        if (username.isBlank() || password.isEmpty()) {
            throw new IllegalStateException("No users yet: set SAMENPLAN_ADMIN_USERNAME and "
                    + "SAMENPLAN_ADMIN_PASSWORD (at least " + UserAdminService.MIN_PASSWORD_LENGTH
                    + " characters) to create the first administrator");
        }
        if (!AppUser.isValidUsername(username)) {
            throw new IllegalStateException("SAMENPLAN_ADMIN_USERNAME: 3 tot 60 kleine letters, cijfers, punt of"
                    + " streepjes (3 to 60 lower case letters, digits, dots or dashes)");
        }
        Passwords.brokenRule(password, AppUser.normaliseUsername(username)).ifPresent(rule -> {
            throw new IllegalStateException("SAMENPLAN_ADMIN_PASSWORD " + switch (rule) {
                case "error.user.password.tooShort" -> "is te kort: minstens " + UserAdminService.MIN_PASSWORD_LENGTH
                        + " tekens (is too short: at least " + UserAdminService.MIN_PASSWORD_LENGTH + " characters)";
                case "error.password.tooLong" -> "is te lang: hoogstens " + SecurityLimits.PASSWORD_BYTES
                        + " bytes, met accenten of emoji minder tekens (is too long: at most "
                        + SecurityLimits.PASSWORD_BYTES + " bytes, fewer characters with accents or emoji)";
                case "error.password.common" -> "staat op de lijst van veelgebruikte wachtwoorden: kies een ander"
                        + " (is on the list of common passwords: choose another)";
                default -> "bevat de gebruikersnaam: kies een ander (contains the username: choose another)";
            });
        });
    }
}
