package nl.samenplan.task.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.LocalDate;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ui.ClientListView;
import nl.samenplan.plan.PlanService;
import nl.samenplan.security.TeamService;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskService.TaskRow;
import nl.samenplan.task.TaskStatus;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Mijn taken: one tap to update, a few seconds to undo, lukt niet as a signal to the plan owner. */
class MyTasksViewTest extends KaribuTest {

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
    private TaskRow today;

    @BeforeEach
    void a_plan_of_the_leefcoach_gives_the_nurse_a_task_today() {
        login("leefcoach");
        scenario = new TaskScenario(clients, plans, editing, catalog, team, tasks, consents);
        long nurse = scenario.userId("Fatma Yilmaz");
        clientId = scenario.clientWithPlan("Eentik",
                scenario.volunteerJob("Steunkousen uittrekken", "", LocalDate.now(clock), nurse));
        today = scenario.tasksOf(clientId).get(0);
        login("wijkverpleegkundige");
        navigate("mijn-taken");
    }

    @Test
    void the_nurse_lands_on_her_tasks_with_client_address_and_what_to_do() {
        login("wijkverpleegkundige");
        assertThat(currentView()).isInstanceOf(MyTasksView.class);
        String card = card(today.id()).getElement().getTextRecursively();
        assertThat(card).contains("Test Eentik").contains("Dorpsstraat 1").contains("Steunkousen uittrekken");
        assertThat(_get(Section.class, spec -> spec.withId("tasks-today")).getElement().getTextRecursively())
                .contains("Steunkousen uittrekken");
    }

    @Test
    void the_gedaan_confirmation_names_the_client_at_whose_home_it_was_done() {
        _click(_get(card(today.id()), Button.class, spec -> spec.withClasses("task-done")));

        var saved = _get(com.vaadin.flow.component.notification.Notification.class, spec -> spec.withId("task-saved"));
        String text = com.github.mvysny.kaributesting.v10.LocatorJ._find(saved, com.vaadin.flow.component.html.Span.class)
                .stream().map(com.vaadin.flow.component.html.Span::getText).findFirst().orElseThrow();
        assertThat(text).isEqualTo("Steunkousen uittrekken bij " + today.clientName() + ": gedaan");
        assertThat(today.clientName()).startsWith("Test Eentik");
    }

    @Test
    void one_tap_marks_a_task_gedaan_and_undo_puts_it_back() {
        _click(_get(card(today.id()), Button.class, spec -> spec.withClasses("task-done")));

        assertThat(tasks.task(today.id()).status()).isEqualTo(TaskStatus.GEDAAN);
        assertThat(_find(Div.class, spec -> spec.withId("task-" + today.id()))).as("gone from the list").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("task-undo")));

        assertThat(tasks.task(today.id()).status()).isEqualTo(TaskStatus.OPEN);
        assertThat(_find(Div.class, spec -> spec.withId("task-" + today.id()))).as("back in the list").hasSize(1);
    }

    @Test
    void a_note_can_be_added_right_after_the_tap() {
        _click(_get(card(today.id()), Button.class, spec -> spec.withClasses("task-done")));
        _click(_get(Button.class, spec -> spec.withId("task-add-note")));
        _get(TextArea.class, spec -> spec.withId("task-note")).setValue("Huid rond de enkel rood");
        _click(_get(Button.class, spec -> spec.withId("task-note-save")));

        TaskRow saved = tasks.task(today.id());
        assertThat(saved.status()).isEqualTo(TaskStatus.GEDAAN);
        assertThat(saved.note()).isEqualTo("Huid rond de enkel rood");
    }

    @Test
    void lukt_niet_needs_a_reason_and_then_signals_the_leefcoach_on_her_landing_page_and_the_overview() {
        _click(_get(card(today.id()), Button.class, spec -> spec.withClasses("task-not-possible")));
        _click(_get(Button.class, spec -> spec.withId("not-possible-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("not-possible-reason")).isInvalid()).isTrue();
        assertThat(tasks.task(today.id()).status()).as("nothing saved without a reason").isEqualTo(TaskStatus.OPEN);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> quick = _get(RadioButtonGroup.class, spec -> spec.withId("not-possible-quick"));
        quick.setValue("task.reason.notHome");
        _click(_get(Button.class, spec -> spec.withId("not-possible-confirm")));

        TaskRow failed = tasks.task(today.id());
        assertThat(failed.status()).isEqualTo(TaskStatus.LUKT_NIET);
        assertThat(failed.reason()).isEqualTo("Cliënt niet thuis");

        login("leefcoach");
        assertThat(currentView()).isInstanceOf(ClientListView.class);
        String signals = _get(Section.class, spec -> spec.withId("task-signals")).getElement().getTextRecursively();
        assertThat(signals).contains("Steunkousen uittrekken").contains("Fatma Yilmaz").contains("Cliënt niet thuis");
        assertThat(Integer.parseInt(_get(Span.class, spec -> spec.withId("menu-badge-mijn-taken")).getText()))
                .isPositive();

        navigate("clienten/" + clientId + "/overzicht");
        assertThat(_get(Div.class, spec -> spec.withId("client-signal-" + today.id())).getElement()
                .getTextRecursively()).contains("Cliënt niet thuis");

        navigate("clienten");
        _click(_get(_get(Div.class, spec -> spec.withId("signal-" + today.id())), Button.class,
                spec -> spec.withClasses("signal-handled")));
        assertThat(tasks.mySignals()).extracting(TaskRow::id).doesNotContain(today.id());
        navigate("clienten/" + clientId + "/overzicht");
        assertThat(_find(Div.class, spec -> spec.withId("client-signal-" + today.id()))).isEmpty();
    }

    @Test
    void a_task_left_open_is_overdue_the_next_day_and_counted_in_the_menu() {
        clock.advance(Duration.ofDays(1));
        login("wijkverpleegkundige");
        assertThat(_get(Section.class, spec -> spec.withId("tasks-overdue")).getElement().getTextRecursively())
                .contains("Steunkousen uittrekken");
        assertThat(card(today.id()).getClassNames()).contains("overdue");
        int badge = Integer.parseInt(_get(Span.class, spec -> spec.withId("menu-badge-mijn-taken")).getText());
        assertThat(badge).isGreaterThanOrEqualTo(1);

        _click(_get(card(today.id()), Button.class, spec -> spec.withClasses("task-done")));
        int after = _find(Span.class, spec -> spec.withId("menu-badge-mijn-taken")).stream().findFirst()
                .map(s -> Integer.parseInt(s.getText())).orElse(0);
        assertThat(after).as("the badge follows the tap").isEqualTo(badge - 1);
    }

    @Test
    void a_task_changed_by_someone_else_in_between_is_not_overwritten() {
        TaskRow seen = today;
        tasks.changeStatus(seen.id(), seen.version(), TaskStatus.BEZIG, null, null);

        _click(_get(card(seen.id()), Button.class, spec -> spec.withClasses("task-done")));

        assertThat(tasks.task(seen.id()).status()).isEqualTo(TaskStatus.BEZIG);
    }

    private static Div card(long taskId) {
        return _get(Div.class, spec -> spec.withId("task-" + taskId));
    }
}
