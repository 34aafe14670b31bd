package nl.samenplan.plan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Exactly one plan per client: the database itself refuses a second one. */
class OnePlanPerClientTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void the_database_refuses_a_second_plan_for_the_same_client() {
        Long clientWithPlan = jdbc.queryForObject("select min(client_id) from plan", Long.class);
        assertThatThrownBy(() -> jdbc.update("insert into plan (client_id, owner_id, owner_name, revision_no, "
                + "updated_at, updated_by, version) values (?, 1, 'x', 0, now(), 'x', 0)", clientWithPlan))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
