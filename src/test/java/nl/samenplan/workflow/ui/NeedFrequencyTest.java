package nl.samenplan.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.Relation;
import nl.samenplan.plan.PlanService;
import nl.samenplan.task.TaskService;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.workflow.NeedService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Issue 12, finding 4: the need form understands frequencies as people say them, and asks about the rest. */
class NeedFrequencyTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private NetworkService network;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private NeedService needs;
    @Autowired
    private PlanService plans;
    @Autowired
    private TaskService tasks;

    @Test
    void three_times_a_week_is_accepted_in_the_need_form_and_its_tasks_come_on_monday_wednesday_and_friday() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Driemaal");
        long shopping = category("Boodschappen");
        long neighbour = Fixtures.member(network, clientId, "Buurvrouw Ina", Relation.BUUR, false, null, Set.of(shopping));
        navigate("clienten/" + clientId + "/hulpvragen");

        openNeedForm("Boodschappen");
        TextField frequency = _get(TextField.class, spec -> spec.withId("need-frequency"));
        _setValue(frequency, "3x per week");
        assertThat(frequency.getHelperText()).isEqualTo(
                "3 keer per week: elke week een taak op maandag, woensdag, vrijdag. Liever andere dagen? Noem ze, "
                        + "bijvoorbeeld di en vr.");
        _click(_get(Button.class, spec -> spec.withId("need-save")));
        assertThat(_find(Dialog.class, spec -> spec.withId("need-dialog"))).isEmpty();
        long needId = needs.needs(clientId).get(0).id();
        assertThat(needs.needs(clientId).get(0).data().frequency()).isEqualTo("3x per week");

        _click(_get(Button.class, spec -> spec.withId("accept-" + needId + "-1-" + neighbour)));

        assertThat(plans.plan(clientId).content().agreements().get(0).frequency()).isEqualTo("3x per week");
        var made = tasks.clientTasks(clientId, PageRequest.of(0, 50)).getContent();
        assertThat(made).hasSizeGreaterThanOrEqualTo(5);
        assertThat(made.stream().map(t -> t.due().getDayOfWeek()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void help_on_demand_is_accepted_and_makes_no_tasks() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Afroep");
        long transport = category("Vervoer");
        long neighbour = Fixtures.member(network, clientId, "Buurman Kees", Relation.BUUR, false, null,
                Set.of(transport));
        navigate("clienten/" + clientId + "/hulpvragen");

        openNeedForm("Vervoer");
        TextField frequency = _get(TextField.class, spec -> spec.withId("need-frequency"));
        _setValue(frequency, "als het nodig is");
        assertThat(frequency.getHelperText()).startsWith("Op afroep: als het nodig is, zonder vaste taken.");
        _click(_get(Button.class, spec -> spec.withId("need-save")));
        long needId = needs.needs(clientId).get(0).id();
        _click(_get(Button.class, spec -> spec.withId("accept-" + needId + "-1-" + neighbour)));

        assertThat(plans.plan(clientId).content().agreements()).hasSize(1);
        assertThat(tasks.clientTasks(clientId, PageRequest.of(0, 50)).getContent()).isEmpty();
    }

    @Test
    void a_frequency_samenplan_cannot_read_is_refused_at_the_field_with_examples_and_nothing_typed_is_lost() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Onbekend");
        navigate("clienten/" + clientId + "/hulpvragen");

        openNeedForm("Vervoer");
        _setValue(_get(TextField.class, spec -> spec.withId("need-description")), "Naar de fysiotherapeut");
        TextField frequency = _get(TextField.class, spec -> spec.withId("need-frequency"));
        _setValue(frequency, "bij mooi weer");
        _click(_get(Button.class, spec -> spec.withId("need-save")));

        assertThat(frequency.isInvalid()).isTrue();
        assertThat(frequency.getErrorMessage()).startsWith("Hoe vaak is niet herkend. Schrijf bijvoorbeeld: di en do, "
                + "3x per week");
        assertThat(frequency.getValue()).isEqualTo("bij mooi weer");
        assertThat(_get(TextField.class, spec -> spec.withId("need-description")).getValue())
                .isEqualTo("Naar de fysiotherapeut");
        assertThat(needs.needs(clientId)).isEmpty();
    }

    private long category(String name) {
        return catalog.needCategories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    @SuppressWarnings("unchecked")
    private static void openNeedForm(String category) {
        _click(_get(Button.class, spec -> spec.withId("need-new")));
        ComboBox<CatalogService.Item> combo = _get(ComboBox.class, spec -> spec.withId("need-category"));
        _setValue(combo, combo.getListDataView().getItems().filter(i -> i.name().equals(category)).findFirst()
                .orElseThrow());
    }
}
