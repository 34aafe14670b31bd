package nl.samenplan.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.BurdenCheckInData;
import nl.samenplan.client.BurdenCheckInService;
import nl.samenplan.client.CheckInAnswer;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.Relation;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.task.TaskService;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.waitinglist.WaitingListData;
import nl.samenplan.waitinglist.WaitingListService;
import nl.samenplan.waitinglist.WaitingListType;
import nl.samenplan.waitinglist.WaitingStatus;
import nl.samenplan.waitinglist.WaitingUrgency;
import nl.samenplan.workflow.NeedData;
import nl.samenplan.workflow.NeedService;
import nl.samenplan.workflow.NeedSource;
import nl.samenplan.workflow.Urgency;
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
    @Autowired
    private ClientService clients;
    @Autowired
    private NetworkService network;
    @Autowired
    private BurdenCheckInService checkIns;
    @Autowired
    private PlanEditing editing;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private NeedService needs;
    @Autowired
    private TaskService tasks;
    @Autowired
    private WaitingListService waitingList;
    @Autowired
    private nl.samenplan.client.ConsentService consents;

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
        assertThat(json.at("/consents/0/recipient").asText()).as("consents").isEqualTo("NETWORK_MEMBER");
        assertThat(json.at("/consents/0/recipientName").asText()).isEqualTo("Hendrik Uitvoer");
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
                "Toestemming om gegevens te delen", "Naaste Hendrik Uitvoer", "Uw plan", "Versies van het plan", "Hulpvragen", "Taken", "Wachtlijst", "Wie heeft uw dossier ingezien");
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

    /**
     * A client as the demo has them, made as the leefcoach would: a caregiver in the network with two check-ins, a
     * plan (two versions), a need, a task and a period on the waiting list.
     */
    private long clientWithEverything() {
        return as("leefcoach", () -> {
            long clientId = Fixtures.newClient(clients, "Uitvoer");
            LocalDate today = LocalDate.now(clock);
            long member = Fixtures.member(network, clientId, "Hendrik Uitvoer", Relation.PARTNER, true, 6, Set.of());
            consents.record(clientId, nl.samenplan.client.ConsentData.forMember(member, today.minusWeeks(4),
                    nl.samenplan.client.ConsentManner.SCHRIFTELIJK));
            checkIns.record(member, new BurdenCheckInData(today.minusWeeks(4), 5, CheckInAnswer.SOMS,
                    CheckInAnswer.SOMS, CheckInAnswer.SOMS, false, null, 4));
            checkIns.record(member, new BurdenCheckInData(today, 7, CheckInAnswer.NEE, CheckInAnswer.SOMS,
                    CheckInAnswer.JA, true, "Zwaar nu", 4));
            editing.save(clientId, 0, new PlanContent("Zelf koffie zetten", "Vervoer", null, null, List.of(),
                    List.of(), null, null, null));
            editing.save(clientId, 1, new PlanContent("Zelf koffie zetten", "Vervoer naar de huisarts", null, null,
                    List.of(), List.of(), null, null, null));
            long category = catalog.needCategories().get(0).id();
            needs.record(clientId, new NeedData(category, "Vervoer naar de huisarts", "dinsdag", null,
                    Urgency.NORMAAL, NeedSource.CLIENT, false));
            long me = jdbc.queryForObject("select id from app_user where username = 'leefcoach'", Long.class);
            tasks.create(new nl.samenplan.task.NewTask(clientId, "Medicijnen ophalen", me, today, null));
            waitingList.putOn(clientId, new WaitingListData(today.minusMonths(1), WaitingListType.VERPLEEGHUIS,
                    WaitingUrgency.NORMAAL, null, WaitingStatus.ACTIEF_WACHTEND), null);
            return clientId;
        });
    }
}
