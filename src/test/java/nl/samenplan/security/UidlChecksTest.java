package nl.samenplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.spring.SpringServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.samenplan.Application;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.test.context.ActiveProfiles;

/**
 * Vaadin's XSRF and sync-id checks as the running servlet has them: on in the prod profile, off only with the
 * loadtest profile on top of it (on loopback, acknowledged), which the load test needs to speak Vaadin's protocol.
 */
class UidlChecksTest {

    static DeploymentConfiguration running(int port, ServletRegistrationBean<SpringServlet> vaadin) throws Exception {
        // the first request makes sure Tomcat has initialised the servlet
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        return vaadin.getServlet().getService().getDeploymentConfiguration();
    }

    @Nested
    @SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"samenplan.embedded-db.database=samenplan_prod_test",
                    "SAMENPLAN_ADMIN_USERNAME=Eerste.Beheerder", "SAMENPLAN_ADMIN_PASSWORD=een-lang-geheim-wachtwoord",
                    "SAMENPLAN_SECOND_FACTOR_KEY=een-geheime-sleutel-voor-de-test", "vaadin.productionMode=false",
                    "server.address=127.0.0.1", "SAMENPLAN_MANAGEMENT_PORT=0"})
    @ActiveProfiles("prod")
    class TheProdProfile {

        @LocalServerPort
        private int port;

        @Autowired
        private ServletRegistrationBean<SpringServlet> vaadin;

        @Autowired
        private LoginSteps loginSteps;

        @Test
        void keeps_the_xsrf_and_sync_id_checks_and_the_second_factor_on() throws Exception {
            DeploymentConfiguration configuration = running(port, vaadin);
            assertThat(configuration.isXsrfProtectionEnabled()).isTrue();
            assertThat(configuration.isSyncIdCheckEnabled()).isTrue();
            assertThat(loginSteps.isSecondFactorRequired(Role.WIJKVERPLEEGKUNDIGE)).isTrue();
        }
    }

    @Nested
    @SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"samenplan.embedded-db.database=samenplan_loadtest_test",
                    "SAMENPLAN_ADMIN_USERNAME=Eerste.Beheerder", "SAMENPLAN_ADMIN_PASSWORD=een-lang-geheim-wachtwoord",
                    "SAMENPLAN_SECOND_FACTOR_KEY=een-geheime-sleutel-voor-de-test", "vaadin.productionMode=false",
                    "server.address=127.0.0.1", "SAMENPLAN_MANAGEMENT_PORT=0",
                    "samenplan.loadtest.acknowledge=" + LoadTestProfile.ACKNOWLEDGEMENT})
    @ActiveProfiles({"prod", "loadtest"})
    class TheLoadTestProfile {

        @LocalServerPort
        private int port;

        @Autowired
        private ServletRegistrationBean<SpringServlet> vaadin;

        @Autowired
        private LoginSteps loginSteps;

        @Test
        void switches_the_xsrf_and_sync_id_checks_and_the_second_factor_off() throws Exception {
            DeploymentConfiguration configuration = running(port, vaadin);
            assertThat(configuration.isXsrfProtectionEnabled()).isFalse();
            assertThat(configuration.isSyncIdCheckEnabled()).isFalse();
            assertThat(loginSteps.isSecondFactorRequired(Role.WIJKVERPLEEGKUNDIGE)).isFalse();
        }
    }
}
