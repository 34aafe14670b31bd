package nl.samenplan.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed log-ins per source address: beyond {@code samenplan.security.throttle.failures-per-address} in a window of
 * {@code samenplan.security.throttle.window} the address is refused without a look at the password, until the window
 * has passed. In memory, per node: an attacker spread over two nodes gets twice the tries, which the lock-out per
 * account (in the database, {@link LoginAttempts}) still bounds. The address is the one Spring sees (the reverse
 * proxy's forwarded header when the application trusts it).
 */
@Component
class LoginThrottle {

    /** Above this many addresses the expired ones are dropped, so that a spray of addresses cannot fill the memory. */
    static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final Map<String, Window> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, @Value("${samenplan.security.throttle.failures-per-address:20}") int limit,
            @Value("${samenplan.security.throttle.window:1m}") Duration window) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalStateException("samenplan.security.throttle: at least one failure in a window longer than 0");
        }
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    /** Whether log-ins from this address are refused for now. */
    boolean isThrottled(String address) {
        Window current = failures.get(key(address));
        return current != null && current.count() >= limit && !current.expired(clock.instant(), window);
    }

    /** One more failed log-in from this address. */
    void failed(String address) {
        Instant now = clock.instant();
        failures.compute(key(address), (k, current) -> current == null || current.expired(now, window)
                ? new Window(now, 1) : new Window(current.start(), current.count() + 1));
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(w -> w.expired(now, window));
        }
    }

    /** Forgets every address (a test's fresh start). */
    void forgetAll() {
        failures.clear();
    }

    private static String key(String address) {
        return address == null || address.isBlank() ? "?" : address.strip();
    }

    private record Window(Instant start, int count) {
        boolean expired(Instant now, Duration length) {
            return !now.isBefore(start.plus(length));
        }
    }
}
