package nl.samenplan.task.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.NotFoundView;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanService;
import nl.samenplan.security.TeamService;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskService.TaskRow;
import nl.samenplan.task.TaskStatus;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Least data for the vrijwilliger: what, when and where of their own open tasks of files that are not closed; no notes
 * of others, no task history, nothing once the task is done (by service call and by address).
 */
class VolunteerLeastDataTest extends KaribuTest {

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
    private JdbcTemplate jdbc;

    private TaskRow volunteerTask(String lastName, String what) {
        login("leefcoach");
        TaskScenario scenario = new TaskScenario(clients, plans, editing, catalog, team, tasks, consents);
        long clientId = scenario.clientWithPlan(lastName,
                scenario.volunteerJob(what, "", LocalDate.now(clock), scenario.userId("Jan Hoving")));
        return scenario.tasksOf(clientId).get(0);
    }

    @Test
    void the_volunteer_does_not_see_a_note_someone_else_wrote_nor_the_history_of_the_task() {
        TaskRow task = volunteerTask("Notitieloos", "Gordijnen ophangen");
        tasks.note(task.id(), task.version(), "Sleutel ligt bij de buren; mevrouw is slechthorend");

        login("vrijwilliger");
        assertThat(tasks.myTasks()).filteredOn(t -> t.id() == task.id()).singleElement().satisfies(t -> {
            assertThat(t.what()).isEqualTo("Gordijnen ophangen");
            assertThat(t.address()).isNotBlank();
            assertThat(t.due()).isEqualTo(LocalDate.now(clock));
            assertThat(t.note()).as("another's note").isNull();
            assertThat(t.changedBy()).as("who changed it").isNull();
        });
        assertThatThrownBy(() -> tasks.history(task.id())).isInstanceOf(AccessDeniedException.class);
        navigate("taak/" + task.id());
        String page = currentView().getElement().getTextRecursively();
        assertThat(page).contains("Gordijnen ophangen").doesNotContain("Sleutel ligt bij de buren");
        assertThat(_find(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("task-history")))
                .isEmpty();
    }

    @Test
    void a_done_task_disappears_from_mijn_taken_and_its_page_is_refused_by_service_and_by_url() {
        TaskRow task = volunteerTask("Afgerond", "Boodschappen doen");

        login("vrijwilliger");
        Div card = _get(Div.class, spec -> spec.withId("task-" + task.id()));
        _click(_get(card, Button.class, spec -> spec.withClasses("task-done")));

        assertThat(_find(Div.class, spec -> spec.withId("task-" + task.id()))).as("gone from Mijn taken").isEmpty();
        assertThat(tasks.myTasks()).noneMatch(t -> t.id() == task.id());
        assertThatThrownBy(() -> tasks.task(task.id())).isInstanceOf(BusinessRuleException.class);
        navigate("taak/" + task.id());
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        login("leefcoach");
        assertThat(tasks.task(task.id()).status()).as("the team still sees it").isEqualTo(TaskStatus.GEDAAN);
    }

    @Test
    void the_tasks_of_a_closed_file_are_no_longer_the_volunteers_to_see() {
        TaskRow task = volunteerTask("Gesloten", "Kast in elkaar zetten");
        login("vrijwilliger");
        assertThat(tasks.myTasks()).anyMatch(t -> t.id() == task.id());

        jdbc.update("update client set status = 'AFGESLOTEN', closed_on = current_date "
                + "where id = ?", task.clientId());

        assertThat(tasks.myTasks()).noneMatch(t -> t.id() == task.id());
        assertThatThrownBy(() -> tasks.task(task.id())).isInstanceOf(BusinessRuleException.class);
        navigate("taak/" + task.id());
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }
}
