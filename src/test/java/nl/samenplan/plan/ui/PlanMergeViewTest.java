package nl.samenplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.plan.PlanMerge;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.task.TaskService;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.volunteer.DayPart;
import nl.samenplan.volunteer.Slot;
import nl.samenplan.volunteer.VolunteerData;
import nl.samenplan.volunteer.VolunteerService;
import nl.samenplan.volunteer.VolunteerStatus;
import nl.samenplan.workflow.NeedData;
import nl.samenplan.workflow.NeedService;
import nl.samenplan.workflow.NeedSignals;
import nl.samenplan.workflow.NeedSource;
import nl.samenplan.workflow.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Two people in the same plan at once: what each saved stays, and only a true conflict is asked. */
class PlanMergeViewTest extends KaribuTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Autowired
    private ClientService clients;
    @Autowired
    private PlanService plans;
    @Autowired
    private PlanEditing editing;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private NeedService needs;
    @Autowired
    private NeedSignals needSignals;
    @Autowired
    private nl.samenplan.client.ConsentService consents;
    @Autowired
    private VolunteerService volunteers;
    @Autowired
    private TaskService tasks;

    @Test
    void a_volunteer_matched_while_the_plan_is_open_stays_when_the_plan_owner_saves() {
        String village = "Samenwolde" + COUNTER.incrementAndGet() + System.nanoTime() % 10_000;
        long volunteer = as("coordinator", () -> volunteers.create(new VolunteerData("Harm Overlap", null, null,
                village, Set.of(category("Administratie")), Set.of(new Slot(DayOfWeek.TUESDAY, DayPart.OCHTEND)), 3,
                null, VolunteerStatus.ACTIEF, null, false, null, null)));
        login("leefcoach");
        long clientId = clientIn(village);
        nl.samenplan.testsupport.Fixtures.sharesWithVolunteers(consents, clientId);
        editing.save(clientId, 0, new PlanContent(null, "Zelf blijven wonen", null, null, List.of(), List.of(), null,
                null, null));
        long needId = needs.record(clientId, new NeedData(category("Administratie"), "Post doornemen", "dinsdag", null,
                Urgency.NORMAAL, NeedSource.CLIENT, false));
        navigate("clienten/" + clientId + "/plan");
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-answer-can-do-self")), "Ik doe de afwas zelf.");

        as("coordinator", () -> needs.matchVolunteer(needId, volunteer));
        _click(_get(Button.class, spec -> spec.withId("plan-save")));

        assertThat(_find(ConflictDialog.class)).as("different parts merge without asking").isEmpty();
        PlanContent saved = plans.plan(clientId).content();
        assertThat(saved.answerCanDoSelf()).isEqualTo("Ik doe de afwas zelf.");
        assertThat(saved.agreements()).singleElement().satisfies(a -> {
            assertThat(a.volunteerId()).isEqualTo(volunteer);
            assertThat(a.needId()).isEqualTo(needId);
        });
        assertThat(needs.needs(clientId)).singleElement().satisfies(n -> assertThat(n.metOn())
                .isEqualTo(SupportRung.VRIJWILLIGERS));
        assertThat(tasks.clientTasks(clientId, PageRequest.of(0, 10)).getContent()).as("its tasks stay too")
                .isNotEmpty().allSatisfy(t -> assertThat(t.performerName()).isEqualTo("Harm Overlap"));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("plan-status")).getText())
                .startsWith("Versie 3,");
    }

    @Test
    void what_two_people_changed_in_different_parts_both_stays() {
        login("leefcoach");
        long clientId = planWith("Vervoer naar de markt");
        navigate("clienten/" + clientId + "/plan");
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-answer-will-do")), "Ik wandel elke dag.");

        as("dorpsregisseur", () -> editing.save(clientId, 1, plans.plan(clientId).content().withAgreement(
                new PlanContent.AgreementItem(null, "Koffie bij de buren", category("Gezelschap"), SupportRung.ZELF,
                        null, null, null, "wekelijks", null, null, null, null))));
        _click(_get(Button.class, spec -> spec.withId("plan-save")));

        assertThat(_find(ConflictDialog.class)).isEmpty();
        PlanContent saved = plans.plan(clientId).content();
        assertThat(saved.answerWillDo()).isEqualTo("Ik wandel elke dag.");
        assertThat(saved.answerNeeds()).isEqualTo("Vervoer naar de markt");
        assertThat(saved.agreements()).extracting(PlanContent.AgreementItem::what).containsExactly("Koffie bij de buren");
    }

    @Test
    void both_changing_the_same_answer_asks_with_both_values_and_the_default_goes_back_to_editing() {
        login("leefcoach");
        long clientId = planWith("Vervoer");
        navigate("clienten/" + clientId + "/plan");
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-answer-needs")), "Vervoer naar de markt.");
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-answer-will-do")), "Ik bel zelf de taxi.");
        as("dorpsregisseur", () -> editing.save(clientId, 1, new PlanContent(null, "Vervoer naar het ziekenhuis.",
                null, null, List.of(), List.of(), null, null, null)));

        _click(_get(Button.class, spec -> spec.withId("plan-save")));

        ConflictDialog dialog = _get(ConflictDialog.class);
        assertThat(dialog.getElement().getTextRecursively()).contains("Grietje Bakker", "Vervoer naar de markt.",
                "Vervoer naar het ziekenhuis.", "Waar heeft u behoefte aan?");
        assertThat(_get(Button.class, spec -> spec.withId("conflict-save-choices")).isEnabled())
                .as("nothing is chosen for the person").isFalse();
        assertThat(plans.plan(clientId).revisionNo()).as("nothing written yet").isEqualTo(2);

        _click(_get(Button.class, spec -> spec.withId("conflict-keep-editing")));
        assertThat(_find(ConflictDialog.class)).isEmpty();
        assertThat(_get(TextArea.class, spec -> spec.withId("plan-answer-needs")).getValue())
                .isEqualTo("Vervoer naar de markt.");

        _click(_get(Button.class, spec -> spec.withId("plan-save")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PlanMerge.Choice> part = _get(RadioButtonGroup.class,
                spec -> spec.withId("conflict-answerNeeds"));
        _setValue(part, PlanMerge.Choice.MINE);
        _click(_get(Button.class, spec -> spec.withId("conflict-save-choices")));

        PlanContent saved = plans.plan(clientId).content();
        assertThat(saved.answerNeeds()).isEqualTo("Vervoer naar de markt.");
        assertThat(saved.answerWillDo()).isEqualTo("Ik bel zelf de taxi.");
        assertThat(plans.revision(clientId, 2).content().answerNeeds()).as("theirs stays in the history")
                .isEqualTo("Vervoer naar het ziekenhuis.");
    }

    @Test
    void a_choice_made_against_an_older_version_is_asked_again_when_someone_saved_since() {
        login("leefcoach");
        long clientId = planWith("A");
        as("dorpsregisseur", () -> editing.save(clientId, 1, new PlanContent(null, "B", null, null, List.of(),
                List.of(), null, null, null)));
        PlanContent mine = new PlanContent(null, "C", null, null, List.of(), List.of(), null, null, null);
        var first = org.assertj.core.api.Assertions.catchThrowableOfType(() -> editing.save(clientId, 1, mine),
                nl.samenplan.plan.PlanConflictException.class);
        as("wijkverpleegkundige", () -> editing.save(clientId, 2, new PlanContent(null, "D", null, null, List.of(),
                List.of(), null, null, null)));

        var again = org.assertj.core.api.Assertions.catchThrowableOfType(() -> editing.save(clientId, 1, mine,
                java.util.Map.of("answerNeeds", PlanMerge.Choice.MINE), first.theirs().revisionNo()),
                nl.samenplan.plan.PlanConflictException.class);

        assertThat(again.conflicts()).singleElement().satisfies(c -> assertThat(c.theirs()).isEqualTo("D"));
        assertThat(plans.plan(clientId).content().answerNeeds()).as("the newer value was not overwritten unseen")
                .isEqualTo("D");
        editing.save(clientId, 1, mine, java.util.Map.of("answerNeeds", PlanMerge.Choice.MINE),
                again.theirs().revisionNo());
        assertThat(plans.plan(clientId).content().answerNeeds()).isEqualTo("C");
    }

    @Test
    void removing_the_agreement_that_met_a_need_opens_the_need_again_and_tells_the_plan_owner() {
        login("leefcoach");
        long clientId = planWith("Boodschappen");
        long needId = needs.record(clientId, new NeedData(category("Boodschappen"), "Boodschappen op vrijdag",
                "vrijdag", null, Urgency.NORMAAL, NeedSource.CLIENT, true));
        needs.accept(needId, needs.route(needId).proposals().stream().filter(p -> p.rung() == SupportRung.ZELF)
                .findFirst().orElseThrow());
        assertThat(needs.needs(clientId).get(0).metOn()).isEqualTo(SupportRung.ZELF);

        var current = plans.plan(clientId);
        as("dorpsregisseur", () -> editing.save(clientId, current.revisionNo(),
                current.content().withAgreements(List.of())));

        assertThat(needs.needs(clientId).get(0).metOn()).as("open again").isNull();
        assertThat(needSignals.mine()).anySatisfy(r -> {
            assertThat(r.needId()).isEqualTo(needId);
            assertThat(r.by()).isEqualTo("Grietje Bakker");
            assertThat(r.agreement()).isEqualTo("Boodschappen op vrijdag");
        });
        navigate("clienten");
        assertThat(_get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("reopened-needs"))
                .getElement().getTextRecursively()).contains("Boodschappen op vrijdag", "Grietje Bakker");
        var signal = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("reopened-need-" + needId));
        _click(_get(signal, Button.class, spec -> spec.withText("Afgehandeld")));
        assertThat(needSignals.mine()).noneMatch(r -> r.needId() == needId);
    }

    private long planWith(String needs) {
        long clientId = clientIn("Heideveen");
        editing.save(clientId, 0, new PlanContent(null, needs, null, null, List.of(), List.of(), null, null, null));
        return clientId;
    }

    private long clientIn(String village) {
        return clients.create(new ClientData("Trijntje", "Samen" + COUNTER.incrementAndGet(), LocalDate.of(1941, 2, 3),
                "Brink 4", "7913 AA", village, null, null, ClientStatus.ACTIEF, Set.of(), null, null));
    }

    private long category(String name) {
        return catalog.needCategories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }
}
