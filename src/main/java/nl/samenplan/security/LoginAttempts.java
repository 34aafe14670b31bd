package nl.samenplan.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed log-ins and the lock-out: after {@code samenplan.security.lockout.attempts} failed log-ins in a row an account
 * refuses every log-in, even with the right password, for {@code samenplan.security.lockout.duration}; a success sets
 * the count back to zero. Kept on the user's row (columns {@code failed_logins}, {@code locked_until}, UTC) and changed
 * with one UPDATE per attempt, so that it holds on every node and no concurrent attempt is lost. An unknown username
 * counts nothing in the database. Every failure also counts for its source address ({@link LoginThrottle}).
 * <p>
 * Called during the log-in itself, before anyone is authenticated: no {@code @PreAuthorize} here (method security
 * refuses a call without an authentication, even for {@code permitAll()}); nothing here reads or returns user data
 * beyond whether the account is locked.
 */
@Component
public class LoginAttempts {

    /** What a failed attempt did to the account. */
    public enum Outcome {
        /** No such user: nothing counted. */
        UNKNOWN_USER,
        /** Counted; the account is not locked (yet). */
        COUNTED,
        /** This attempt was the one too many: the account is locked from now. */
        LOCKED_NOW,
        /** The account was already locked: refused, not counted. */
        STILL_LOCKED
    }

    private final JdbcTemplate jdbc;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final int attempts;
    private final Duration duration;

    LoginAttempts(JdbcTemplate jdbc, LoginThrottle throttle, Clock clock,
            @Value("${samenplan.security.lockout.attempts:5}") int attempts,
            @Value("${samenplan.security.lockout.duration:15m}") Duration duration) {
        if (attempts < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalStateException("samenplan.security.lockout: at least one attempt and a duration above 0");
        }
        this.jdbc = jdbc;
        this.throttle = throttle;
        this.clock = clock;
        this.attempts = attempts;
        this.duration = duration;
    }

    /** A failed log-in (a wrong password, or a wrong second-factor code) for this username from this address. */
    @Transactional
    public Outcome failed(String username, String sourceAddress) {
        throttle.failed(sourceAddress);
        String name = normalise(username);
        Instant now = clock.instant();
        // each assignment reads the row as it was (MariaDB assigns left to right: locked_until first, from the old
        // count; the count's own expression reads only the count), one statement, so two nodes never lose a count
        int counted = jdbc.update("""
                update app_user set
                    locked_until = case when failed_logins + 1 >= ? then ? else locked_until end,
                    failed_logins = case when failed_logins + 1 >= ? then 0 else failed_logins + 1 end
                where username = ? and (locked_until is null or locked_until <= ?)
                """, attempts, utc(now.plus(duration)), attempts, name, utc(now));
        List<LocalDateTime> lockedUntil = jdbc.query("select locked_until from app_user where username = ?",
                (rs, i) -> rs.getObject(1, LocalDateTime.class), name);
        if (lockedUntil.isEmpty()) {
            return Outcome.UNKNOWN_USER;
        }
        boolean locked = lockedUntil.get(0) != null && lockedUntil.get(0).isAfter(utc(now));
        if (counted == 0) {
            return Outcome.STILL_LOCKED;
        }
        return locked ? Outcome.LOCKED_NOW : Outcome.COUNTED;
    }

    /** A complete, successful log-in: the failures in a row start again at zero (a lock stays until it ends). */
    @Transactional
    public void succeeded(String username, String sourceAddress) {
        jdbc.update("""
                update app_user set failed_logins = 0, locked_until = null
                where username = ? and (failed_logins <> 0 or locked_until is not null)
                  and (locked_until is null or locked_until <= ?)
                """, normalise(username), utc(clock.instant()));
    }

    /** Whether the account refuses every log-in for now. */
    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        Integer locked = jdbc.queryForObject("select count(*) from app_user where username = ? and locked_until > ?",
                Integer.class, normalise(username), utc(clock.instant()));
        return locked != null && locked > 0;
    }

    /** Whether log-ins from this address are refused for now, without a look at the password. */
    public boolean isThrottled(String sourceAddress) {
        return throttle.isThrottled(sourceAddress);
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** As Hibernate stores instants here ({@code hibernate.jdbc.time_zone=UTC}): the UTC wall-clock time. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
