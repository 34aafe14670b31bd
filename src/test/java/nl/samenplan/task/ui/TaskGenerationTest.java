package nl.samenplan.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanService;
import nl.samenplan.security.TeamService;
import nl.samenplan.task.TaskJob;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskService.TaskRow;
import nl.samenplan.task.TaskStatus;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Agreements in the plan become tasks: once, or for every day of the window, never twice, never lost. */
class TaskGenerationTest extends KaribuTest {

    @Autowired
    private nl.samenplan.client.ConsentService consents;
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
    private TaskJob job;

    private TaskScenario scenario;
    private long volunteer;

    @BeforeEach
    void leefcoach() {
        login("leefcoach");
        scenario = new TaskScenario(clients, plans, editing, catalog, team, tasks, consents);
        volunteer = scenario.userId("Jan Hoving");
    }

    @Test
    void a_one_off_agreement_makes_one_task_on_its_start_date_and_the_job_adds_no_second() {
        LocalDate friday = LocalDate.now(clock).plusDays(2);
        long clientId = scenario.clientWithPlan("Eenmalig",
                scenario.volunteerJob("Pakket ophalen bij het postkantoor", "", friday, volunteer));

        job.runAll();
        job.runAll();

        List<TaskRow> made = scenario.tasksOf(clientId);
        assertThat(made).hasSize(1);
        assertThat(made.get(0).due()).isEqualTo(friday);
        assertThat(made.get(0).assigneeId()).isEqualTo(volunteer);
        assertThat(made.get(0).what()).isEqualTo("Pakket ophalen bij het postkantoor");
    }

    @Test
    void a_daily_agreement_fills_the_fourteen_day_window_and_the_window_moves_with_the_clock() {
        long clientId = scenario.clientWithPlan("Dagelijks",
                scenario.volunteerJob("Hond uitlaten", "dagelijks", null, volunteer));
        LocalDate today = LocalDate.now(clock);
        assertThat(scenario.tasksOf(clientId)).extracting(TaskRow::due)
                .containsExactlyInAnyOrderElementsOf(today.datesUntil(today.plusDays(14)).toList());

        job.runAll();
        assertThat(scenario.tasksOf(clientId)).as("running the job again").hasSize(14);

        clock.advance(Duration.ofDays(1));
        job.runAll();
        List<TaskRow> after = scenario.tasksOf(clientId);
        assertThat(after).hasSize(15);
        assertThat(after).filteredOn(TaskRow::overdue).extracting(TaskRow::due).containsExactly(today);
        assertThat(after).extracting(TaskRow::due).doesNotHaveDuplicates().contains(today.plusDays(14));
    }

    @Test
    void a_changed_agreement_moves_its_future_open_tasks_and_keeps_the_ones_that_were_done() {
        long clientId = scenario.clientWithPlan("Wijziging",
                scenario.volunteerJob("Boodschappen", "dagelijks", null, volunteer));
        LocalDate today = LocalDate.now(clock);
        TaskRow tomorrow = scenario.tasksOf(clientId).stream().filter(t -> t.due().equals(today.plusDays(1)))
                .findFirst().orElseThrow();
        tasks.changeStatus(tomorrow.id(), tomorrow.version(), TaskStatus.GEDAAN, null, "Al vandaag gedaan");

        scenario.changeAgreement(clientId, 0, a -> TaskScenario.with(a, "Boodschappen en apotheek", "di en do"));

        List<TaskRow> after = scenario.tasksOf(clientId);
        assertThat(after).filteredOn(t -> t.status() == TaskStatus.GEDAAN).singleElement()
                .satisfies(done -> {
                    assertThat(done.what()).isEqualTo("Boodschappen");
                    assertThat(done.note()).isEqualTo("Al vandaag gedaan");
                });
        List<TaskRow> open = after.stream().filter(t -> t.status() == TaskStatus.OPEN).toList();
        assertThat(open).isNotEmpty().allSatisfy(t -> {
            assertThat(t.due().getDayOfWeek().getValue()).isIn(2, 4);
            assertThat(t.what()).isEqualTo("Boodschappen en apotheek");
        });
        long tuesdaysAndThursdays = today.datesUntil(today.plusDays(14))
                .filter(d -> d.getDayOfWeek().getValue() == 2 || d.getDayOfWeek().getValue() == 4)
                .filter(d -> !d.equals(tomorrow.due())).count();
        assertThat(open).hasSize((int) tuesdaysAndThursdays);
    }

    @Test
    void an_agreement_taken_out_of_the_plan_loses_its_open_tasks_but_not_what_was_done() {
        long clientId = scenario.clientWithPlan("Weg",
                scenario.volunteerJob("Krant voorlezen", "dagelijks", null, volunteer));
        TaskRow first = scenario.tasksOf(clientId).stream().min(java.util.Comparator.comparing(TaskRow::due))
                .orElseThrow();
        tasks.changeStatus(first.id(), first.version(), TaskStatus.GEDAAN, null, null);

        scenario.changeAgreement(clientId, 0, null);
        job.runAll();

        assertThat(scenario.tasksOf(clientId)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.GEDAAN));
    }

    @Test
    void a_closed_client_file_gets_no_new_tasks_and_loses_its_open_ones() {
        long clientId = scenario.clientWithPlan("Afgesloten",
                scenario.volunteerJob("Bezoek", "dagelijks", null, volunteer));
        assertThat(scenario.tasksOf(clientId)).hasSize(14);
        var details = clients.get(clientId);
        var d = details.data();
        clients.update(clientId, details.version(), new nl.samenplan.client.ClientData(d.firstName(), d.lastName(),
                d.dateOfBirth(), d.address(), d.postcode(), d.village(), d.phone(), d.email(),
                nl.samenplan.client.ClientStatus.AFGESLOTEN, d.fundingDomains(), d.importantToMe(), d.callName()));
        assertThat(scenario.tasksOf(clientId)).as("closing drops them at once").isEmpty();

        job.runAll();

        assertThat(scenario.tasksOf(clientId)).as("and the nightly job makes none").isEmpty();
    }

    @Test
    void an_agreement_for_nobody_in_samenplan_makes_no_tasks_and_an_unrecognised_rhythm_neither() {
        long clientId = scenario.clientWithPlan("Niemand",
                scenario.volunteerJob("Tuin", "wekelijks", null, null),
                scenario.volunteerJob("Ziekenhuisvervoer", "bij afspraken", null, volunteer));
        assertThat(scenario.tasksOf(clientId)).isEmpty();
    }
}
