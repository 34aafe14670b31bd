package nl.samenplan.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.testsupport.PdfContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The client's own data (AVG art. 15 and 20): everything held on a demo client, as JSON and as a PDF. */
class AvgExportTest extends KaribuTest {

    @Autowired
    private AvgExport export;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void the_json_file_holds_every_part_of_the_file_of_a_demo_client() throws Exception {
        long clientId = clientWithEverything();
        String name = jdbc.queryForObject("select concat(first_name, ' ', last_name) from client where id = ?",
                String.class, clientId);

        JsonNode json = new ObjectMapper().readTree(as("privacy", () -> export.json(clientId)));

        assertThat(json.get("format").asText()).isEqualTo(ClientExport.FORMAT);
        assertThat(json.get("exportedBy").asText()).isEqualTo("privacy");
        assertThat(json.at("/client/data/firstName").asText() + " " + json.at("/client/data/lastName").asText())
                .isEqualTo(name);
        assertThat(json.get("network").size()).as("network").isGreaterThan(0);
        assertThat(json.get("checkIns").findValues("score")).as("check-ins").isNotEmpty();
        assertThat(json.at("/plan/current/content").isObject()).as("the plan").isTrue();
        assertThat(json.at("/plan/versions").size()).as("its versions").isGreaterThan(0);
        assertThat(json.at("/plan/versions/0/content").isObject()).isTrue();
        assertThat(json.get("needs").size()).as("needs").isGreaterThan(0);
        assertThat(json.get("tasks").size()).as("tasks").isGreaterThan(0);
        assertThat(json.get("waitingList").size()).as("waiting list").isGreaterThan(0);
        assertThat(json.get("accessReport").size()).as("the access report").isGreaterThan(0);
        assertThat(json.at("/accessReport/0/username").isTextual()).isTrue();

        assertThat(jdbc.queryForObject("select event_type from access_log_entry order by id desc limit 1",
                String.class)).isEqualTo("DATA_EXPORTED");
        assertThat(jdbc.queryForObject("select client_id from access_log_entry order by id desc limit 1",
                Long.class)).isEqualTo(clientId);
    }

    @Test
    void the_pdf_reads_as_a_plain_dutch_overview_of_every_part() throws Exception {
        long clientId = clientWithEverything();
        String text = PdfContent.text(as("privacy", () -> export.pdf(clientId, Locale.forLanguageTag("nl"))));
        assertThat(text).contains("Alle gegevens van", "Uw gegevens", "Uw netwerk", "Hoe het gaat met uw mantelzorgers",
                "Uw plan", "Versies van het plan", "Hulpvragen", "Taken", "Wachtlijst", "Wie heeft uw dossier ingezien");
    }

    @Test
    void only_the_plan_owner_and_the_privacy_officer_export_a_clients_data() {
        long clientId = clientWithEverything();
        String owner = jdbc.queryForObject("select u.username from plan p join app_user u on u.id = p.owner_id "
                + "where p.client_id = ?", String.class, clientId);
        assertThat(as(owner, () -> export.collect(clientId)).client().id()).isEqualTo(clientId);
        String colleague = "leefcoach".equals(owner) ? "dorpsregisseur" : "leefcoach";
        assertThatThrownBy(() -> as(colleague, () -> export.collect(clientId)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("error.accessReport.notOwner");
    }

    /** A demo client with a network, check-ins, a plan, needs, tasks and a period on the waiting list. */
    private long clientWithEverything() {
        return jdbc.queryForObject("""
                select c.id from client c
                where exists (select 1 from network_member m where m.client_id = c.id)
                  and exists (select 1 from burden_check_in b where b.client_id = c.id)
                  and exists (select 1 from plan p where p.client_id = c.id)
                  and exists (select 1 from need n where n.client_id = c.id)
                  and exists (select 1 from task t where t.client_id = c.id)
                  and exists (select 1 from waiting_list_entry w where w.client_id = c.id)
                order by c.id limit 1
                """, Long.class);
    }
}
