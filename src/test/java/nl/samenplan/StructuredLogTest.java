package nl.samenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.server.ErrorEvent;
import jakarta.servlet.Filter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.samenplan.base.LogContext;
import nl.samenplan.base.ui.ErrorHandling;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.testsupport.JsonLogLines;
import nl.samenplan.testsupport.ObservedApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The JSON log lines of production: a line written while a request is handled carries the request's id and the
 * account's numeric id, never its username or name; the line of an error carries the reference the user is shown; and
 * nothing of one request is left for the next. The request passes the application's own filters (the log context,
 * Spring Security's chain) and then a probe that writes a line and lets the views' error handler meet an error.
 */
class StructuredLogTest extends ObservedApplication {

    private static final Logger PROBE_LOG = LoggerFactory.getLogger("nl.samenplan.probe");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private LogContext logContext;
    @Autowired
    @Qualifier("springSecurityFilterChain")
    private Filter securityFilters;
    @Autowired
    private ErrorHandling errorHandling;

    private JsonLogLines output;

    /** The lines in the console format the prod profile names, encoded by Spring Boot's own structured encoder. */
    @BeforeEach
    void catchTheLinesAsProductionWritesThem() throws IOException {
        String format = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-prod.properties"))
                .getProperty("logging.structured.format.console");
        assertThat(format).as("production logs structured lines").isEqualTo("ecs");
        output = JsonLogLines.catching(format);
    }

    @AfterEach
    void stopCatching() {
        output.close();
    }

    /** The application's filters, in their order, then a probe that logs and fails as a screen would. */
    private MockMvc withProbe() {
        Filter probe = (request, response, chain) -> {
            PROBE_LOG.info("Een regel tijdens het verzoek");
            errorHandling.error(new ErrorEvent(new IllegalStateException("Iets onverwachts")));
        };
        return MockMvcBuilders.webAppContextSetup(context).addFilters(logContext, securityFilters, probe).build();
    }

    @Test
    void a_line_written_during_a_request_names_the_request_and_the_account_by_id_only()
            throws Exception {
        Authentication leefcoach = authenticationOf("leefcoach");
        CurrentUser user = (CurrentUser) leefcoach.getPrincipal();

        withProbe().perform(get("/clienten").with(authentication(leefcoach)));

        JsonNode line = line(output, "Een regel tijdens het verzoek");
        assertThat(line.path("log").path("level").asText()).isEqualTo("INFO");
        assertThat(line.path(LogContext.REQUEST_ID).asText()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(line.path(LogContext.USER_ID).asText()).isEqualTo(Long.toString(user.userId()));
        assertThat(lines(output, line.path(LogContext.REQUEST_ID).asText())).allSatisfy(text -> assertThat(text)
                .doesNotContain(user.getUsername(), user.displayName()));
    }

    @Test
    void the_line_of_an_error_holds_the_reference_the_user_is_shown() throws Exception {
        withProbe().perform(get("/clienten").with(authentication(authenticationOf("dorpsregisseur"))));

        JsonNode error = line(output, "Unexpected error");
        assertThat(error.path("log").path("level").asText()).isEqualTo("ERROR");
        String reference = error.path(LogContext.ERROR_REFERENCE).asText();
        assertThat(reference).as("a field of its own").hasSize(8);
        assertThat(error.path("message").asText()).as("and in the message").contains("reference " + reference);
        assertThat(error.path(LogContext.REQUEST_ID).asText()).isNotBlank();
        assertThat(error.path(LogContext.USER_ID).asText()).isNotBlank();
        assertThat(error.path("error").path("stack_trace").asText()).contains("Iets onverwachts");
    }

    @Test
    void nothing_of_a_request_is_left_for_the_next_one_on_the_thread() throws Exception {
        MockMvc mvc = withProbe();
        mvc.perform(get("/clienten").header("X-Request-ID", "van-de-proxy-0001")
                .with(authentication(authenticationOf("leefcoach"))));
        assertThat(MDC.getCopyOfContextMap()).as("the thread's MDC after the request").isNullOrEmpty();

        mvc.perform(get("/livez")); // no log-in needed

        List<JsonNode> probes = all(output, "Een regel tijdens het verzoek");
        assertThat(probes).hasSize(2);
        assertThat(probes.get(0).path(LogContext.REQUEST_ID).asText()).as("the proxy's id is kept")
                .isEqualTo("van-de-proxy-0001");
        JsonNode anonymous = probes.get(1);
        assertThat(anonymous.path(LogContext.REQUEST_ID).asText()).isNotBlank().isNotEqualTo("van-de-proxy-0001");
        assertThat(anonymous.has(LogContext.USER_ID)).as("no user in a request without one").isFalse();
        assertThat(anonymous.has(LogContext.ERROR_REFERENCE)).isFalse();
    }

    private static JsonNode line(JsonLogLines output, String messageStart) {
        List<JsonNode> found = all(output, messageStart);
        assertThat(found).as("a JSON line that starts with '%s'", messageStart).isNotEmpty();
        return found.get(found.size() - 1);
    }

    private static List<JsonNode> all(JsonLogLines output, String messageStart) {
        List<JsonNode> found = new ArrayList<>();
        for (String text : output.lines()) {
            if (text.startsWith("{")) {
                try {
                    JsonNode node = JSON.readTree(text);
                    if (node.path("message").asText().startsWith(messageStart)) {
                        found.add(node);
                    }
                } catch (com.fasterxml.jackson.core.JsonProcessingException notOneLine) {
                    throw new AssertionError("Not a JSON line: " + text, notOneLine);
                }
            }
        }
        return found;
    }

    private static List<String> lines(JsonLogLines output, String requestId) {
        return output.lines().stream().filter(text -> text.contains("\"" + requestId + "\"")).toList();
    }
}
