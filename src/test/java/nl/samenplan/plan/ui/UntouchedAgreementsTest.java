package nl.samenplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanService;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Saving the plan page changes only what the person changed: every demo plan's agreements come back as they were. */
class UntouchedAgreementsTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private PlanService plans;
    @Autowired
    private nl.samenplan.plan.PlanEditing editing;

    @Test
    void a_save_that_changes_an_answer_and_adds_a_goal_leaves_every_agreement_of_every_demo_plan_as_it_was() {
        login("dorpsregisseur");
        List<Long> ids = clients.findClients("", PageRequest.of(0, 40)).getContent().stream()
                .map(ClientService.ClientRow::id).toList();
        int checked = 0;
        for (long clientId : ids) {
            PlanContent before = plans.plan(clientId).content();
            if (before.agreements().isEmpty()
                    || clients.get(clientId).data().status() == nl.samenplan.client.ClientStatus.AFGESLOTEN) {
                continue; // a closed file is read-only
            }
            navigate("clienten/" + clientId + "/plan");
            TextArea self = _get(TextArea.class, spec -> spec.withId("plan-answer-can-do-self"));
            _setValue(self, (self.getValue() == null ? "" : self.getValue()) + " Ook zelf de krant halen.");
            // and a goal, in the empty row that is always there
            int row = before.goals().size() + 1;
            @SuppressWarnings("unchecked")
            com.vaadin.flow.component.select.Select<nl.samenplan.catalog.CatalogService.Item> area = _get(
                    com.vaadin.flow.component.select.Select.class, spec -> spec.withId("goal-area-" + row));
            _setValue(area, area.getListDataView().getItems().filter(i -> i.name().equals("Wonen")).findFirst()
                    .orElseThrow());
            _setValue(_get(com.vaadin.flow.component.textfield.TextField.class,
                    spec -> spec.withId("goal-text-" + row)), "Ik wil weer naar de markt.");
            _click(_get(Button.class, spec -> spec.withId("plan-save")));
            PlanContent after = plans.plan(clientId).content();
            assertThat(after.goals()).hasSize(before.goals().size() + 1);
            assertThat(after.agreements()).as("the agreements of client %d", clientId)
                    .containsExactlyElementsOf(before.agreements());
            checked++;
        }
        assertThat(checked).isGreaterThan(3);
    }

    @Test
    void what_the_other_changed_names_only_what_they_changed_not_agreements_nobody_touched() {
        login("leefcoach");
        List<Long> ids = clients.findClients("", PageRequest.of(0, 40)).getContent().stream()
                .map(ClientService.ClientRow::id).toList();
        int checked = 0;
        for (long clientId : ids) {
            var opened = plans.plan(clientId);
            if (opened.content().agreements().isEmpty()
                    || clients.get(clientId).data().status() == nl.samenplan.client.ClientStatus.AFGESLOTEN) {
                continue; // a closed file is read-only
            }
            PlanContent c = opened.content();
            java.util.List<PlanContent.GoalItem> goals = new java.util.ArrayList<>(c.goals());
            goals.add(new PlanContent.GoalItem("nieuw-" + clientId, 3L, "Ik wil weer naar de markt."));
            as("dorpsregisseur", () -> editing.save(clientId, opened.revisionNo(), new PlanContent(c.answerCanDoSelf(),
                    c.answerNeeds(), c.answerWillDo(), c.scores(), goals, c.agreements(), c.agreedOn(), c.agreedWith(),
                    c.reviewDate())));
            var saved = editing.save(clientId, opened.revisionNo(), new PlanContent(c.answerCanDoSelf() + " Krant.",
                    c.answerNeeds(), c.answerWillDo(), c.scores(), c.goals(), c.agreements(), c.agreedOn(),
                    c.agreedWith(), c.reviewDate()));
            assertThat(saved.theirChanges()).as("what the other changed in the plan of client %d", clientId)
                    .noneMatch(t -> t.contains("agreement") || t.contains("fspra"));
            checked++;
        }
        assertThat(checked).isGreaterThan(3);
    }
}
