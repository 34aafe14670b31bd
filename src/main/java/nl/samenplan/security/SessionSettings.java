package nl.samenplan.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a log-in lasts ({@code samenplan.security.session.*}, defaults in application.properties): it ends after
 * {@code idleTimeout} without the user doing anything (Vaadin's heartbeat does not count), and in any case
 * {@code maxLifetime} after the log-in, however busy the user is. The warning comes {@code warningBefore} the idle
 * end (the layout reads it).
 */
@ConfigurationProperties("samenplan.security.session")
record SessionSettings(Duration idleTimeout, Duration maxLifetime, Duration warningBefore) {

    SessionSettings {
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("samenplan.security.session.idle-timeout must be positive");
        }
        if (maxLifetime == null || maxLifetime.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException("samenplan.security.session.max-lifetime must be at least the idle time-out");
        }
        if (warningBefore == null || warningBefore.isNegative() || warningBefore.compareTo(idleTimeout) >= 0) {
            throw new IllegalArgumentException(
                    "samenplan.security.session.warning-before must be shorter than the idle time-out");
        }
    }
}
