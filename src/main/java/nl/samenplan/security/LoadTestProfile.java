package nl.samenplan.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Issue 16, the load test ({@code src/ops/load-test.sh}): only the {@code loadtest} Spring profile
 * (application-loadtest.properties) switches off Vaadin's XSRF and sync-id checks and the second factor, so that
 * simulated users can speak Vaadin's protocol without a browser. This guard makes sure that never happens in real
 * use by accident: the checks may be off only in that profile, and that profile starts only bound to a loopback
 * address and with the acknowledgement {@value #ACKNOWLEDGEMENT} in {@code samenplan.loadtest.acknowledge}.
 * Everything else refuses to start.
 */
@Component
class LoadTestProfile {

    static final String PROFILE = "loadtest";
    static final String ACKNOWLEDGEMENT = "unsafe-on-loopback-only";
    /** The names Vaadin's Spring servlet reads (vaadin. plus the init parameter, or its dashed form). */
    static final String[] XSRF_OFF = {"vaadin.disable-xsrf-protection", "vaadin.disableXsrfProtection"};
    static final String[] SYNC_ID_CHECK = {"vaadin.syncIdCheck", "vaadin.sync-id-check"};

    LoadTestProfile(Environment environment) {
        check(environment);
    }

    static void check(Environment environment) {
        boolean loadTest = environment.acceptsProfiles(Profiles.of(PROFILE));
        boolean checksOff = Arrays.stream(XSRF_OFF).anyMatch(k -> environment.getProperty(k, Boolean.class, false))
                || Arrays.stream(SYNC_ID_CHECK).anyMatch(k -> !environment.getProperty(k, Boolean.class, true));
        if (!loadTest) {
            if (checksOff) {
                throw new IllegalStateException("Vaadin's XSRF or sync-id check is off outside the loadtest profile: "
                        + "refusing to start");
            }
            return;
        }
        if (!ACKNOWLEDGEMENT.equals(environment.getProperty("samenplan.loadtest.acknowledge"))) {
            throw new IllegalStateException("The loadtest profile switches off Vaadin's XSRF and sync-id checks and the "
                    + "second factor; it starts only with samenplan.loadtest.acknowledge=" + ACKNOWLEDGEMENT);
        }
        String address = environment.getProperty("server.address");
        if (address == null || !loopback(address)) {
            throw new IllegalStateException("The loadtest profile starts only with server.address on a loopback "
                    + "address, not " + address);
        }
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
