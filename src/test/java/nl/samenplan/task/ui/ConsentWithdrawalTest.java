package nl.samenplan.task.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ConsentRecipient;
import nl.samenplan.client.ConsentService;
import nl.samenplan.client.ConsentService.ConsentLine;
import nl.samenplan.plan.PlanService;
import nl.samenplan.security.TeamService;
import nl.samenplan.task.TaskGeneration;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskService.TaskRow;
import nl.samenplan.task.TaskStatus;
import nl.samenplan.task.TeamTaskActions;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Withdrawing the consent for volunteers takes effect at once: the volunteer's open tasks go back to the team. */
class ConsentWithdrawalTest extends KaribuTest {

    @Autowired
    private ConsentService consents;
    @Autowired
    private ClientService clients;
    @Autowired
    private PlanService plans;
    @Autowired
    private nl.samenplan.plan.PlanEditing editing;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private TeamService team;
    @Autowired
    private TaskService tasks;
    @Autowired
    private TeamTaskActions teamTasks;
    @Autowired
    private TaskGeneration generation;

    private TaskScenario scenario() {
        return new TaskScenario(clients, plans, editing, catalog, team, tasks, consents);
    }

    private void withdrawVolunteerConsent(long clientId) {
        ConsentLine line = consents.consents(clientId).stream()
                .filter(l -> l.recipient() == ConsentRecipient.VOLUNTEERS && l.active()).findFirst().orElseThrow();
        consents.withdraw(clientId, line.id(), line.version(), LocalDate.now(clock));
    }

    @Test
    void withdrawal_takes_a_volunteers_open_tasks_back_and_the_plan_owner_is_told() {
        login("leefcoach");
        TaskScenario scenario = scenario();
        long jan = scenario.userId("Jan Hoving");
        long clientId = scenario.clientWithPlan("Ingetrokken",
                scenario.volunteerJob("Boodschappen doen", "wekelijks op dinsdag", LocalDate.now(clock), jan));
        tasks.create(new nl.samenplan.task.NewTask(clientId, "Wondzorg", scenario.userId("Fatma Yilmaz"),
                LocalDate.now(clock), null));
        List<TaskRow> jansTasks = scenario.tasksOf(clientId).stream().filter(t -> t.what().startsWith("Boodschappen"))
                .toList();
        assertThat(jansTasks).isNotEmpty().allSatisfy(t -> assertThat(t.assigneeId()).isEqualTo(jan));
        as("vrijwilliger", () -> assertThat(tasks.myTasks()).extracting(TaskRow::clientId).contains(clientId));

        withdrawVolunteerConsent(clientId);

        as("vrijwilliger", () -> assertThat(tasks.myTasks()).extracting(TaskRow::clientId)
                .as("nothing of the client is the volunteer's any more").doesNotContain(clientId));
        List<TaskRow> after = scenario.tasksOf(clientId);
        assertThat(after).filteredOn(t -> t.what().startsWith("Boodschappen")).hasSameSizeAs(jansTasks)
                .allSatisfy(t -> {
                    assertThat(t.assigneeId()).isNull();
                    assertThat(t.status()).isEqualTo(TaskStatus.LUKT_NIET);
                    assertThat(t.reason()).isEqualTo("Teruggenomen: de cliënt heeft de toestemming om gegevens met "
                            + "vrijwilligers te delen ingetrokken.");
                });
        assertThat(after).filteredOn(t -> t.what().equals("Wondzorg")).as("the nurse's task stays hers")
                .allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.OPEN));
        assertThat(tasks.mySignals()).as("the plan owner's signals").extracting(TaskRow::clientId).contains(clientId);
        assertThat(tasks.signalsAbout(clientId)).hasSameSizeAs(jansTasks);

        generation.syncClient(clientId);
        assertThat(scenario.tasksOf(clientId)).as("the task run makes no new ones for the volunteer")
                .filteredOn(t -> t.what().startsWith("Boodschappen")).hasSameSizeAs(jansTasks)
                .allSatisfy(t -> assertThat(t.assigneeId()).isNull());
    }

    @Test
    void without_consent_no_task_is_made_for_or_given_to_a_volunteer() {
        login("leefcoach");
        TaskScenario scenario = scenario();
        long jan = scenario.userId("Jan Hoving");
        long clientId = scenario.clientWithPlan("Zondertoestemming");
        long fatma = scenario.userId("Fatma Yilmaz");
        TaskRow nurses = tasks.task(tasks.create(new nl.samenplan.task.NewTask(clientId, "Wondzorg", fatma,
                LocalDate.now(clock), null)));
        withdrawVolunteerConsent(clientId);

        assertThatThrownBy(() -> tasks.create(new nl.samenplan.task.NewTask(clientId, "Lamp vervangen", jan,
                LocalDate.now(clock), null))).hasMessage("error.consent.volunteers");
        assertThatThrownBy(() -> teamTasks.reassign(Map.of(nurses.id(), nurses.version()), jan))
                .hasMessage("error.consent.volunteers");
        assertThat(tasks.task(nurses.id()).assigneeId()).as("nothing of the action was kept").isEqualTo(fatma);
        var plan = plans.plan(clientId);
        var c = plan.content();
        var withVolunteer = new nl.samenplan.plan.PlanContent(c.answerCanDoSelf(), c.answerNeeds(), c.answerWillDo(),
                c.scores(), c.goals(), List.of(scenario.volunteerJob("Boodschappen", "wekelijks", LocalDate.now(clock),
                        jan)), c.agreedOn(), c.agreedWith(), c.reviewDate());
        assertThatThrownBy(() -> editing.save(clientId, plan.revisionNo(), withVolunteer))
                .as("the plan gives the volunteer no new work").hasMessage("error.consent.volunteers");
    }
}
