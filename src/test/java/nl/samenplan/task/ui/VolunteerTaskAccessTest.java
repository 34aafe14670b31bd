package nl.samenplan.task.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.AccessDeniedView;
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
import org.springframework.security.access.AccessDeniedException;

/** A volunteer sees and closes only their own tasks, with the least client data, and nothing of a plan. */
class VolunteerTaskAccessTest extends KaribuTest {

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

    @Test
    void the_volunteer_sees_the_first_name_address_and_what_and_closes_the_task() {
        login("leefcoach");
        TaskScenario scenario = new TaskScenario(clients, plans, editing, catalog, team, tasks, consents);
        long clientId = scenario.clientWithPlan("Vrijwilligerstaak",
                scenario.volunteerJob("Lamp vervangen", "", LocalDate.now(clock), scenario.userId("Jan Hoving")));
        TaskRow task = scenario.tasksOf(clientId).get(0);
        String lastName = clients.get(clientId).data().lastName();

        login("vrijwilliger");
        assertThat(currentView()).isInstanceOf(MyTasksView.class);
        Div card = _get(Div.class, spec -> spec.withId("task-" + task.id()));
        String text = card.getElement().getTextRecursively();
        assertThat(text).contains("Test").contains("Dorpsstraat 1").contains("Lamp vervangen")
                .doesNotContain(lastName);
        _click(_get(card, Button.class, spec -> spec.withClasses("task-done")));
        login("leefcoach");
        assertThat(tasks.task(task.id()).status()).isEqualTo(TaskStatus.GEDAAN);
    }

    @Test
    void another_persons_task_and_any_plan_are_out_of_reach_also_by_url() {
        login("leefcoach");
        TaskScenario scenario = new TaskScenario(clients, plans, editing, catalog, team, tasks, consents);
        long clientId = scenario.clientWithPlan("Nietvoorjou",
                scenario.volunteerJob("Wondzorg", "", LocalDate.now(clock), scenario.userId("Fatma Yilmaz")));
        TaskRow nurses = scenario.tasksOf(clientId).get(0);

        login("vrijwilliger");
        navigate("taak/" + nurses.id());
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        assertThatThrownBy(() -> tasks.task(nurses.id())).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> tasks.changeStatus(nurses.id(), nurses.version(), TaskStatus.GEDAAN, null, null))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> tasks.history(nurses.id())).as("no task history for a volunteer at all")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.clientTasks(clientId, org.springframework.data.domain.Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.plan(clientId)).isInstanceOf(AccessDeniedException.class);

        for (String route : new String[] {"clienten/" + clientId + "/plan", "clienten/" + clientId + "/taken",
                "clienten/" + clientId + "/overzicht", "taken"}) {
            navigate(route);
            assertThat(currentView()).as(route).isInstanceOf(AccessDeniedView.class);
        }
    }
}
