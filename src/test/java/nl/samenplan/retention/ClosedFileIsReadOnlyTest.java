package nl.samenplan.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.BurdenCheckInData;
import nl.samenplan.client.BurdenCheckInService;
import nl.samenplan.client.CheckInAnswer;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.client.NetworkMemberData;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.Relation;
import nl.samenplan.plan.PlanApprovals;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.plan.PlanReviews;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskStatus;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.waitinglist.LeaveReason;
import nl.samenplan.waitinglist.WaitingListData;
import nl.samenplan.waitinglist.WaitingListService;
import nl.samenplan.waitinglist.WaitingListType;
import nl.samenplan.waitinglist.WaitingStatus;
import nl.samenplan.waitinglist.WaitingUrgency;
import nl.samenplan.workflow.MdoData;
import nl.samenplan.workflow.MdoService;
import nl.samenplan.workflow.NeedData;
import nl.samenplan.workflow.NeedService;
import nl.samenplan.workflow.NeedSignals;
import nl.samenplan.workflow.NeedSource;
import nl.samenplan.workflow.Urgency;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Closing a file records the day and makes it read-only: every service refuses a change, and so does the database. */
class ClosedFileIsReadOnlyTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private NetworkService network;
    @Autowired
    private BurdenCheckInService checkIns;
    @Autowired
    private PlanService plans;
    @Autowired
    private PlanEditing editing;
    @Autowired
    private PlanApprovals approvals;
    @Autowired
    private PlanReviews reviews;
    @Autowired
    private NeedService needs;
    @Autowired
    private NeedSignals needSignals;
    @Autowired
    private MdoService mdos;
    @Autowired
    private TaskService tasks;
    @Autowired
    private WaitingListService waitingList;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private AuditLog history;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private nl.samenplan.client.ConsentService consents;

    @TestFactory
    Stream<DynamicTest> every_service_refuses_to_change_a_closed_file_in_plain_dutch() {
        login("leefcoach");
        FullFile files = new FullFile(context);
        FullFile.Made file = as("wijkverpleegkundige", () -> files.make("Dicht"));
        long careWaiting = approvals.pendingApprovals().stream().filter(p -> p.clientId() == file.clientId())
                .findFirst().orElseThrow().agreementId();
        var proposal = needs.route(file.needId()).proposals().get(0);
        var details = clients.get(file.clientId());
        var member = network.members(file.clientId()).get(0);
        int revision = plans.plan(file.clientId()).revisionNo();
        var done = tasks.task(file.doneTaskId());
        var period = waitingList.ofClient(file.clientId()).get(0);
        LocalDate today = LocalDate.now(clock);

        files.close(file.clientId());

        long version = clients.get(file.clientId()).version();
        Map<String, Runnable> writes = new LinkedHashMap<>();
        writes.put("the client's details", () -> clients.update(file.clientId(), version, details.data()));
        writes.put("a new naaste", () -> network.add(file.clientId(), new NetworkMemberData("Geert Buur",
                Relation.BUUR, null, null, null, Set.of(), null, false, null)));
        writes.put("a naaste's details", () -> network.update(member.id(), member.version(), member.data()));
        writes.put("removing a naaste", () -> network.remove(member.id(), member.version()));
        writes.put("a new consent", () -> consents.record(file.clientId(), nl.samenplan.client.ConsentData.of(
                nl.samenplan.client.ConsentRecipient.TEAM, today, nl.samenplan.client.ConsentManner.MONDELING)));
        writes.put("a caregiver's check-in", () -> checkIns.record(file.memberId(), new BurdenCheckInData(today, 5,
                CheckInAnswer.JA, CheckInAnswer.JA, CheckInAnswer.NEE, false, null, 4)));
        writes.put("saving the plan", () -> editing.save(file.clientId(), revision,
                plans.plan(file.clientId()).content()));
        writes.put("an agreement from a proposal", () -> editing.addAgreement(file.clientId(),
                new PlanContent.AgreementItem(null, "Koffie drinken", FullFile.category(catalog, "Gezelschap"),
                        SupportRung.EIGEN_NETWERK, file.memberId(), null, null, "Wekelijks", today, null, null, null)));
        writes.put("an indication of the care that waited", () -> approvals.decide(careWaiting, true, null));
        writes.put("a step-down review", () -> reviews.review(careWaiting, PlanReviews.ReviewOutcome.CONTINUE, null));
        writes.put("a new need", () -> needs.record(file.clientId(), new NeedData(FullFile.category(catalog,
                "Klussen"), "Lamp ophangen", null, null, Urgency.LAAG, NeedSource.CLIENT, false)));
        writes.put("accepting a proposal for a need", () -> needs.accept(file.needId(), proposal));
        writes.put("the needs the answer names", () -> needs.recordAllFromAnswer(file.clientId()));
        writes.put("a reopened need's signal", () -> needSignals.handled(file.needId()));
        writes.put("an MDO", () -> mdos.record(file.clientId(), new MdoData(today, "Team", "Thuis", "Thuiszorg")));
        writes.put("a new task", () -> tasks.create(new nl.samenplan.task.NewTask(file.clientId(), "Nog even bellen", null,
                today, null)));
        writes.put("a task's status", () -> tasks.changeStatus(done.id(), done.version(), TaskStatus.OPEN, null, null));
        writes.put("a task's note", () -> tasks.note(done.id(), done.version(), "Toch nog iets"));
        writes.put("placing the client on the waiting list", () -> waitingList.putOn(file.clientId(),
                new WaitingListData(today, WaitingListType.VERPLEEGHUIS, WaitingUrgency.URGENT, today,
                        WaitingStatus.ACTIEF_WACHTEND), null));
        writes.put("the waiting list's status", () -> waitingList.changeStatus(period.id(), period.version(),
                WaitingStatus.WENSWACHTEND, today, null));
        writes.put("leaving the waiting list", () -> waitingList.leave(period.id(), period.version(),
                LeaveReason.OPGENOMEN, today, null));
        return writes.entrySet().stream().map(write -> DynamicTest.dynamicTest(write.getKey() + " is refused", () ->
                assertThatThrownBy(write.getValue()::run).isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.client.closed"))));
    }

    @Test
    void closing_records_the_day_drops_the_tasks_still_to_do_and_keeps_what_was_done() {
        login("leefcoach");
        FullFile files = new FullFile(context);
        FullFile.Made file = files.make("Gesloten");

        files.close(file.clientId());

        assertThat(clients.get(file.clientId()).closedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(jdbc.queryForObject("select closed_on from client where id = ?", java.sql.Date.class,
                file.clientId()).toLocalDate()).isEqualTo(LocalDate.now(clock));
        assertThat(tasks.clientTasks(file.clientId(), PageRequest.of(0, 50)).getContent())
                .extracting(TaskService.TaskRow::status)
                .containsExactlyInAnyOrder(TaskStatus.GEDAAN, TaskStatus.LUKT_NIET);
        assertThat(tasks.signalsAbout(file.clientId())).as("the lukt niet signals about a closed file").isEmpty();
        assertThat(history.history(file.clientId(), PageRequest.of(0, 10)).getContent())
                .extracting(AuditLog.Entry::action).contains("history.client.closed", "history.client.tasksEnded");
    }

    @Test
    void the_file_of_a_client_still_on_the_waiting_list_is_not_closed() {
        login("leefcoach");
        long clientId = nl.samenplan.testsupport.Fixtures.newClient(clients, "Wachtend");
        LocalDate today = LocalDate.now(clock);
        waitingList.putOn(clientId, new WaitingListData(today, WaitingListType.VERPLEEGHUIS, WaitingUrgency.NORMAAL,
                today, WaitingStatus.ACTIEF_WACHTEND), null);

        assertThatThrownBy(() -> new FullFile(context).close(clientId)).isInstanceOfSatisfying(
                BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("error.client.closeWhileWaiting"));
        assertThat(clients.get(clientId).closed()).isFalse();
    }

    @Test
    void the_database_refuses_a_change_of_a_closed_file_behind_the_services_back() {
        login("leefcoach");
        long clientId = nl.samenplan.testsupport.Fixtures.newClient(clients, "Database");
        new FullFile(context).close(clientId);

        assertThatThrownBy(() -> jdbc.update("update client set phone = '0528-999999', version = version + 1"
                + " where id = ?", clientId)).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("Dit dossier is gesloten");
        assertThatThrownBy(() -> jdbc.update("update client set closed_on = null where id = ?", clientId))
                .as("a closed file always has its day").isInstanceOf(DataAccessException.class);
    }

    @Test
    void the_plan_owners_roles_reopen_a_closed_file_and_the_history_says_who() {
        login("leefcoach");
        long clientId = nl.samenplan.testsupport.Fixtures.newClient(clients, "Terug");
        new FullFile(context).close(clientId);

        var reopened = clients.reopen(clientId, clients.get(clientId).version());

        assertThat(reopened.data().status()).isEqualTo(ClientStatus.ACTIEF);
        assertThat(reopened.closedOn()).isNull();
        assertThat(history.history(clientId, PageRequest.of(0, 1)).getContent()).singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("history.client.reopened");
                    assertThat(e.actorName()).isNotBlank();
                });
        ClientData d = reopened.data();
        clients.update(clientId, reopened.version(), new ClientData(d.firstName(), d.lastName(), d.dateOfBirth(),
                "Brinkweg 9", d.postcode(), d.village(), d.phone(), d.email(), d.status(), d.fundingDomains(),
                d.importantToMe(), d.callName()));
        assertThat(clients.get(clientId).data().address()).as("open again: it can be changed").isEqualTo("Brinkweg 9");
        assertThatThrownBy(() -> as("coordinator", () -> clients.reopen(clientId, 0)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void the_demo_teams_closed_files_were_closed_on_the_day_of_their_story() {
        Integer closedLongAgo = jdbc.queryForObject("select count(*) from client where status = 'AFGESLOTEN'"
                + " and closed_on < ?", Integer.class, java.sql.Date.valueOf(LocalDate.now(clock).minusDays(7)));
        assertThat(closedLongAgo).isPositive();
    }
}
