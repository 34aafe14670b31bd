package nl.samenplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.samenplan.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The headers a browser gets from the real server (Tomcat on a random port, as behind the README's reverse proxy on
 * the same host): the content security policy, the permissions policy, and HSTS only for a request the proxy says
 * came in over HTTPS. The same configuration as the browser tests, so the context is shared.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SecurityHeadersTest {

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> getLogin(String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto).header("X-Forwarded-For", "203.0.113.7");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_page_carries_the_content_security_policy_and_the_permissions_policy() throws Exception {
        HttpResponse<String> response = getLogin(null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'", "object-src 'none'", "form-action 'self'")
                .doesNotContain("*");
        assertThat(response.headers().firstValue("Permissions-Policy").orElseThrow())
                .contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void plain_http_gets_no_hsts_but_a_request_the_proxy_received_over_https_does() throws Exception {
        assertThat(getLogin(null).headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpResponse<String> overHttps = getLogin("https");
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security").orElseThrow())
                .contains("max-age=" + SecurityConfig.HSTS_MAX_AGE_SECONDS).contains("includeSubDomains");
    }

    @Test
    void the_session_cookie_of_a_request_over_https_is_secure_and_never_readable_by_scripts() throws Exception {
        HttpResponse<String> overHttps = getLogin("https");
        String cookie = overHttps.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("Secure").contains("HttpOnly");
    }
}
