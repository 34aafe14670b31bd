package nl.samenplan.task.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientService.ClientRow;
import nl.samenplan.plan.PlanService;
import nl.samenplan.security.TeamService;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskService.TaskRow;
import nl.samenplan.task.TaskStatus;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Teamtaken: the team's open tasks, filtered in the database; reassign and close in one action. */
@SuppressWarnings("unchecked")
class TeamTasksViewTest extends KaribuTest {

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

    private TaskScenario scenario;
    private long clientId;
    private ComboBox<ClientRow> client;
    private ComboBox<TeamService.Colleague> assignee;
    private ComboBox<TeamService.Colleague> reassignTo;
    private Select<TaskStatus> status;
    private Checkbox overdue;
    private Grid<TaskRow> grid;

    @BeforeEach
    void the_leefcoach_opens_the_team_tasks_of_one_client() {
        login("leefcoach");
        scenario = new TaskScenario(clients, plans, editing, catalog, team, tasks, consents);
        clientId = scenario.clientWithPlan("Teamlijst",
                scenario.volunteerJob("Post doornemen", "dagelijks", null, scenario.userId("Fatma Yilmaz")));
        navigate("taken");
        client = _get(ComboBox.class, spec -> spec.withId("team-task-client"));
        assignee = _get(ComboBox.class, spec -> spec.withId("team-task-assignee"));
        reassignTo = _get(ComboBox.class, spec -> spec.withId("team-task-reassign-to"));
        status = _get(Select.class, spec -> spec.withId("team-task-status"));
        overdue = _get(Checkbox.class, spec -> spec.withId("team-task-overdue"));
        grid = _get(Grid.class, spec -> spec.withId("team-task-grid"));
        client.setValue(clients.findClients(clients.get(clientId).data().lastName(), PageRequest.of(0, 1))
                .getContent().get(0));
    }

    @Test
    void the_filters_work_in_the_database() {
        assertThat(GridKt._size(grid)).isEqualTo(14);
        assignee.setValue(colleague("Anouk Brink"));
        assertThat(GridKt._size(grid)).isZero();
        assignee.setValue(colleague("Fatma Yilmaz"));
        assertThat(GridKt._size(grid)).isEqualTo(14);
        overdue.setValue(true);
        assertThat(GridKt._size(grid)).isZero();
        overdue.setValue(false);
        status.setValue(TaskStatus.GEDAAN);
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    void selected_tasks_go_to_a_colleague_in_one_action() {
        List<TaskRow> two = GridKt._fetch(grid, 0, 2);
        two.forEach(grid::select);
        reassignTo.setValue(colleague("Anouk Brink"));
        _click(_get(Button.class, spec -> spec.withId("team-task-reassign")));

        long anouk = scenario.userId("Anouk Brink");
        assertThat(two).allSatisfy(t -> assertThat(tasks.task(t.id()).assigneeId()).isEqualTo(anouk));
        assertThat(tasks.task(GridKt._get(grid, 5).id()).assigneeName()).isEqualTo("Fatma Yilmaz");
        assertThat(tasks.history(two.get(0).id())).extracting(TaskService.HistoryLine::detail).contains("Anouk Brink");
    }

    @Test
    void selected_tasks_are_closed_as_done_in_one_action() {
        List<TaskRow> three = GridKt._fetch(grid, 0, 3);
        three.forEach(grid::select);
        _click(_get(Button.class, spec -> spec.withId("team-task-done")));

        assertThat(three).allSatisfy(t -> assertThat(tasks.task(t.id()).status()).isEqualTo(TaskStatus.GEDAAN));
        assertThat(GridKt._size(grid)).as("still to do").isEqualTo(11);
    }

    @Test
    void a_task_made_by_hand_goes_to_whom_it_was_given() {
        navigate("clienten/" + clientId + "/taken");
        _click(_get(Button.class, spec -> spec.withId("client-task-new")));
        NewTaskDialog dialog = _get(NewTaskDialog.class);
        _click(_get(Button.class, spec -> spec.withId("new-task-save")));
        assertThat(dialog.error.getText()).isEqualTo("Vul in wat er moet gebeuren.");

        dialog.what.setValue("Huisarts bellen over de medicatie");
        dialog.assignee.setValue(colleague("Grietje Bakker"));
        dialog.due.setValue(LocalDate.now(clock).plusDays(1));
        _click(_get(Button.class, spec -> spec.withId("new-task-save")));

        assertThat(scenario.tasksOf(clientId)).filteredOn(t -> t.what().equals("Huisarts bellen over de medicatie"))
                .singleElement().satisfies(t -> {
                    assertThat(t.assigneeName()).isEqualTo("Grietje Bakker");
                    assertThat(t.fromPlan()).isFalse();
                });
        Grid<?> tab = _get(Grid.class, spec -> spec.withId("client-task-grid"));
        assertThat(GridKt._size(tab)).isEqualTo(15);
    }

    private TeamService.Colleague colleague(String name) {
        return team.colleagues().stream().filter(c -> c.displayName().equals(name)).findFirst().orElseThrow();
    }
}
