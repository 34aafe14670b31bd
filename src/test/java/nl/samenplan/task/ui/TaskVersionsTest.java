package nl.samenplan.task.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanService;
import nl.samenplan.security.TeamService;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskService.TaskRow;
import nl.samenplan.task.TaskStatus;
import nl.samenplan.testsupport.AnotherUser;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A note, a reassignment or a bulk gedaan is made on what the user saw: when someone else changed the task
 * since, nothing of theirs is overwritten, the user is told who, and what the user typed is still there.
 */
@SuppressWarnings("unchecked")
class TaskVersionsTest extends KaribuTest {

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
    private AnotherUser other;
    private long clientId;

    @BeforeEach
    void the_leefcoach_plans_daily_tasks_for_the_nurse() {
        login("leefcoach");
        other = new AnotherUser(userDetailsService);
        scenario = new TaskScenario(clients, plans, editing, catalog, team, tasks, consents);
        clientId = scenario.clientWithPlan("Versies",
                scenario.volunteerJob("Ogen druppelen", "dagelijks", LocalDate.now(clock),
                        scenario.userId("Fatma Yilmaz")));
    }

    @Test
    void a_note_on_a_task_someone_else_changed_meanwhile_does_not_overwrite_theirs_and_stays_in_the_field() {
        TaskRow task = scenario.tasksOf(clientId).get(0);
        login("wijkverpleegkundige");
        navigate("taak/" + task.id());
        _click(_get(Button.class, spec -> spec.withId("task-detail-note")));
        TextArea note = _get(TextArea.class, spec -> spec.withId("task-note"));
        note.setValue("Rechteroog wat rood");

        // meanwhile the leefcoach writes a note on the same task from Teamtaken
        other.does("leefcoach", () -> tasks.note(task.id(), task.version(), "Druppels zijn op, nieuwe besteld"));

        _click(_get(Button.class, spec -> spec.withId("task-note-save")));
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).startsWith("Deze taak is intussen gewijzigd door Sanne Mulder. Uw notitie"
                + " is niet opgeslagen en staat nog in het veld.");
        assertThat(note.getValue()).isEqualTo("Rechteroog wat rood");
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-note-now")).getText())
                .isEqualTo("De notitie is nu: Druppels zijn op, nieuwe besteld");
        assertThat(tasks.task(task.id()).note()).isEqualTo("Druppels zijn op, nieuwe besteld");

        // having seen hers, the nurse merges the two and saves
        note.setValue("Druppels zijn op, nieuwe besteld. Rechteroog wat rood");
        _click(_get(Button.class, spec -> spec.withId("task-note-save")));
        assertThat(tasks.task(task.id()).note()).isEqualTo("Druppels zijn op, nieuwe besteld. Rechteroog wat rood");
        assertThat(_find(TextArea.class, spec -> spec.withId("task-note"))).as("the dialog closed").isEmpty();
    }

    @Test
    void a_note_right_after_a_tap_is_checked_against_the_task_as_the_tap_left_it() {
        TaskRow task = scenario.tasksOf(clientId).get(0);
        login("wijkverpleegkundige");
        navigate("mijn-taken");
        _click(_get(_get(Div.class, spec -> spec.withId("task-" + task.id())), Button.class,
                spec -> spec.withClasses("task-done")));
        _click(_get(Button.class, spec -> spec.withId("task-add-note")));
        TaskRow afterTap = tasks.task(task.id());
        other.does("leefcoach", () -> tasks.changeStatus(task.id(), afterTap.version(), TaskStatus.OPEN, null,
                "Toch nog niet gedaan: de druppels waren op"));

        TextArea note = _get(TextArea.class, spec -> spec.withId("task-note"));
        note.setValue("Goed gegaan");
        _click(_get(Button.class, spec -> spec.withId("task-note-save")));

        assertThat(note.getErrorMessage()).contains("Sanne Mulder");
        assertThat(note.getValue()).isEqualTo("Goed gegaan");
        TaskRow now = tasks.task(task.id());
        assertThat(now.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(now.note()).isEqualTo("Toch nog niet gedaan: de druppels waren op");
    }

    @Test
    void bulk_gedaan_on_a_selection_of_which_one_task_changed_meanwhile_changes_nothing_and_names_that_task() {
        Grid<TaskRow> grid = teamTasksOfTheClient();
        List<TaskRow> three = GridKt._fetch(grid, 0, 3);
        three.forEach(grid::select);

        // meanwhile the dorpsregisseur starts on the second of them
        TaskRow busy = three.get(1);
        other.does("dorpsregisseur", () -> tasks.changeStatus(busy.id(), busy.version(), TaskStatus.BEZIG, null,
                null));

        _click(_get(Button.class, spec -> spec.withId("team-task-done")));

        assertThat(three).allSatisfy(t -> assertThat(tasks.task(t.id()).status()).as("nothing closed")
                .isNotEqualTo(TaskStatus.GEDAAN));
        assertThat(tasks.task(busy.id()).status()).as("her change stands").isEqualTo(TaskStatus.BEZIG);
        String told = _get(Div.class, spec -> spec.withId("team-task-error")).getElement().getTextRecursively();
        assertThat(told).startsWith("Er is niets gewijzigd: iemand anders heeft intussen 1 van de gekozen taken"
                + " gewijzigd.").contains("Ogen druppelen (Test Versies").contains("nu Bezig")
                .contains("gewijzigd door Grietje Bakker");
        assertThat(grid.getSelectedItems()).extracting(TaskRow::id).as("the unchanged ones are still selected")
                .containsExactlyInAnyOrder(three.get(0).id(), three.get(2).id());

        _click(_get(Button.class, spec -> spec.withId("team-task-done")));
        assertThat(tasks.task(three.get(0).id()).status()).isEqualTo(TaskStatus.GEDAAN);
        assertThat(tasks.task(three.get(2).id()).status()).isEqualTo(TaskStatus.GEDAAN);
        assertThat(tasks.task(busy.id()).status()).isEqualTo(TaskStatus.BEZIG);
    }

    @Test
    void reassigning_a_selection_of_which_one_task_got_a_note_meanwhile_changes_nothing() {
        Grid<TaskRow> grid = teamTasksOfTheClient();
        List<TaskRow> two = GridKt._fetch(grid, 0, 2);
        two.forEach(grid::select);
        other.does("dorpsregisseur", () -> tasks.note(two.get(0).id(), two.get(0).version(),
                "Alleen Fatma kent de cliënt"));

        ComboBox<TeamService.Colleague> to = _get(ComboBox.class, spec -> spec.withId("team-task-reassign-to"));
        to.setValue(team.colleagues().stream().filter(c -> c.displayName().equals("Anouk Brink")).findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("team-task-reassign")));

        long fatma = scenario.userId("Fatma Yilmaz");
        assertThat(two).allSatisfy(t -> assertThat(tasks.task(t.id()).assigneeId()).isEqualTo(fatma));
        assertThat(_get(Div.class, spec -> spec.withId("team-task-error")).getElement().getTextRecursively())
                .contains("gewijzigd door Grietje Bakker");
        assertThat(grid.getSelectedItems()).extracting(TaskRow::id).containsExactly(two.get(1).id());
    }

    private Grid<TaskRow> teamTasksOfTheClient() {
        navigate("taken");
        ComboBox<ClientService.ClientRow> client = _get(ComboBox.class, spec -> spec.withId("team-task-client"));
        client.setValue(clients.findClients(clients.get(clientId).data().lastName(), PageRequest.of(0, 1))
                .getContent().get(0));
        Grid<TaskRow> grid = _get(Grid.class, spec -> spec.withId("team-task-grid"));
        assertThat(Set.copyOf(GridKt._fetch(grid, 0, 3))).hasSize(3);
        return grid;
    }
}
