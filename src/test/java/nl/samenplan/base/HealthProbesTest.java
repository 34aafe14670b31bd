package nl.samenplan.base;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.samenplan.testsupport.DatabaseOutage;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The probes an orchestrator reads, without a log-in: liveness says the JVM serves, readiness says the database
 * answers. With the database away the node stays alive (no restart for it) but is not ready (no users sent to it),
 * and it is ready again by itself when the database is back.
 */
@Import(DatabaseOutage.Config.class)
class HealthProbesTest extends KaribuTest {

    @Autowired
    private DatabaseOutage outage;

    @AfterEach
    void databaseBack() {
        outage.end();
    }

    @Test
    void with_the_database_up_the_node_is_alive_and_ready() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void with_the_database_away_the_node_is_alive_but_not_ready_until_it_returns() throws Exception {
        outage.begin();

        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value("DOWN"));

        outage.end();

        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void the_probes_answer_as_livez_and_readyz_too_where_they_stay_when_the_actuator_has_a_port_of_its_own()
            throws Exception {
        mvc.perform(get("/livez")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/readyz")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));

        outage.begin();

        mvc.perform(get("/livez")).andExpect(status().isOk());
        mvc.perform(get("/readyz")).andExpect(status().isServiceUnavailable());
    }

    @Test
    void the_probes_tell_nothing_about_the_inside() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(jsonPath("$.components").doesNotExist())
                .andExpect(jsonPath("$.details").doesNotExist());
    }
}
