package nl.samenplan.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.samenplan.Application;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The application as production runs it where logs and metrics are concerned, on the demo data: on a free port, with
 * the actuator on a management port of its own (free too) that serves health and the Prometheus metrics, JSON log
 * lines on the console. The tests that share this configuration share one application.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        "management.endpoints.web.exposure.include=health,prometheus",
        "logging.structured.format.console=ecs"})
@ActiveProfiles("demo")
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
public abstract class ObservedApplication {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;

    @LocalManagementPort
    protected int managementPort;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected UserDetailsService userDetailsService;

    /** A GET on the loopback address, its answer as text. */
    protected static HttpResponse<String> httpGet(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What Prometheus reads on the management port. */
    protected String scrape() throws Exception {
        HttpResponse<String> response = httpGet(managementPort, "/actuator/prometheus");
        if (response.statusCode() != 200) {
            throw new AssertionError("The scrape answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The authentication a log-in of this demo account gives. */
    protected Authentication authenticationOf(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }
}
