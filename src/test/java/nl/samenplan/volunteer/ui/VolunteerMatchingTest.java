package nl.samenplan.volunteer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.util.List;
import nl.samenplan.base.ui.AccessDeniedView;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.security.TeamService;
import nl.samenplan.task.TaskService;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.volunteer.VolunteerService;
import nl.samenplan.volunteer.VolunteerStatus;
import nl.samenplan.workflow.LadderRouting;
import nl.samenplan.workflow.NeedService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The coordinator's page: open requests with the volunteers best first, matched in one action; a
 * volunteer at their weekly maximum or on pause is not proposed; a request nobody can take is "geen match".
 */
class VolunteerMatchingTest extends KaribuTest {

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
    private NeedService needs;
    @Autowired
    private VolunteerService volunteers;
    @Autowired
    private TaskService tasks;
    @Autowired
    private TeamService team;
    @Autowired
    private LadderRouting routing;

    private VolunteerScenario scenario;

    @BeforeEach
    void a_village_of_its_own() {
        scenario = new VolunteerScenario(VolunteerScenario.newVillage(), clients, plans, editing, catalog, needs, consents);
    }

    @Test
    void the_coordinator_matches_a_request_to_the_best_volunteer_and_the_plan_and_tasks_follow() {
        login("coordinator");
        long close = volunteers.create(scenario.volunteer("Aukje Dichtbij", "Administratie", 3,
                VolunteerStatus.ACTIEF, null, DayOfWeek.TUESDAY));
        long wrongDay = volunteers.create(scenario.volunteer("Bauke Anderedag", "Administratie", 3,
                VolunteerStatus.ACTIEF, null, DayOfWeek.FRIDAY));
        login("leefcoach");
        long[] ids = scenario.clientWithNeed("Administratie", "Post en rekeningen doornemen", "dinsdag");

        login("coordinator");
        assertThat(currentView()).isInstanceOf(VolunteerRequestsView.class);
        Div card = _get(Div.class, spec -> spec.withId("request-" + ids[1]));
        List<String> order = _find(card, Button.class).stream().map(Button::getText).toList();
        assertThat(order).containsExactly("Koppelen aan Aukje Dichtbij", "Koppelen aan Bauke Anderedag");

        _click(_get(Button.class, spec -> spec.withId("match-" + ids[1] + "-" + close)));

        assertThat(_find(Div.class, spec -> spec.withId("request-" + ids[1]))).as("the request is met").isEmpty();
        login("leefcoach");
        AgreementItem agreed = plans.plan(ids[0]).content().agreements().get(0);
        assertThat(agreed.rung()).isEqualTo(SupportRung.VRIJWILLIGERS);
        assertThat(agreed.volunteerId()).isEqualTo(close);
        assertThat(agreed.providerName()).isEqualTo("Aukje Dichtbij");
        assertThat(agreed.frequency()).isEqualTo("dinsdag");
        assertThat(tasks.clientTasks(ids[0], PageRequest.of(0, 10)).getContent()).as("followed by the plan owner")
                .isNotEmpty().allSatisfy(t -> assertThat(t.performerName()).isEqualTo("Aukje Dichtbij"));
        assertThat(wrongDay).isPositive();
    }

    @Test
    void the_ranking_says_which_asked_day_a_volunteer_does_not_cover() {
        login("coordinator");
        volunteers.create(scenario.volunteer("Aukje Dinsdag", "Administratie", 3, VolunteerStatus.ACTIEF, null,
                DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
        volunteers.create(scenario.volunteer("Bauke Vrijdag", "Administratie", 3, VolunteerStatus.ACTIEF, null,
                DayOfWeek.TUESDAY, DayOfWeek.FRIDAY));
        login("leefcoach");
        long[] ids = scenario.clientWithNeed("Administratie", "Post doornemen", "dinsdag en donderdag");

        login("coordinator");
        String card = _get(Div.class, spec -> spec.withId("request-" + ids[1])).getElement().getTextRecursively();
        assertThat(card).contains("vrijwilliger Aukje Dinsdag (biedt Administratie aan in dit dorp, beschikbaar "
                + "di ochtend, do ochtend).");
        assertThat(card).contains("vrijwilliger Bauke Vrijdag (biedt Administratie aan in dit dorp, beschikbaar "
                + "di ochtend, vr ochtend), maar niet op: do.");
    }

    @Test
    void a_matched_volunteer_with_a_login_gets_the_tasks_in_mijn_taken() {
        login("coordinator");
        long jan = team.colleagues().stream().filter(c -> c.displayName().equals("Jan Hoving")).findFirst()
                .orElseThrow().id();
        var janEntry = volunteers.find(new VolunteerService.VolunteerFilter("Jan Hoving", null, null),
                PageRequest.of(0, 1)).getContent().get(0);
        var details = volunteers.get(janEntry.id());
        assertThat(details.data().userId()).isEqualTo(jan);
        login("leefcoach");
        // Jan helps in Heideveen: a client there asks for a walk on Thursdays
        long[] ids = new VolunteerScenario("Heideveen", clients, plans, editing, catalog, needs, consents)
                .clientWithNeed("Bewegen", "Samen een rondje lopen", "do");
        login("coordinator");
        _click(_get(Button.class, spec -> spec.withId("match-" + ids[1] + "-" + janEntry.id())));

        login("vrijwilliger");
        assertThat(tasks.myTasks()).anySatisfy(t -> {
            assertThat(t.what()).isEqualTo("Samen een rondje lopen");
            assertThat(t.clientName()).isEqualTo("Tjitske");
        });
    }

    @Test
    void a_volunteer_at_the_weekly_maximum_is_not_proposed_and_nobody_else_means_geen_match() {
        login("coordinator");
        long full = volunteers.create(scenario.volunteer("Cees Vol", "Administratie", 1, VolunteerStatus.ACTIEF,
                null));
        login("leefcoach");
        long[] first = scenario.clientWithNeed("Administratie", "Formulieren invullen", "");
        long[] second = scenario.clientWithNeed("Administratie", "Brieven lezen", "");
        login("coordinator");
        _click(_get(Button.class, spec -> spec.withId("match-" + first[1] + "-" + full)));

        navigate("vrijwilligers/aanvragen");
        Div card = _get(Div.class, spec -> spec.withId("request-" + second[1]));
        assertThat(_find(card, Button.class)).isEmpty();
        assertThat(_get(card, Span.class, spec -> spec.withId("no-match-" + second[1])).getText())
                .isEqualTo("Geen match");
        assertThat(card.getElement().getTextRecursively())
                .contains("Niet voorgesteld: vrijwilliger Cees Vol zit aan het maximum aantal taken deze week.");

        login("leefcoach");
        assertThat(routing.route(second[0], scenario.category("Administratie"), false).escalationReasons())
                .as("feeds the reason the rules pre-fill for professional care")
                .anySatisfy(r -> assertThat(r.key()).isEqualTo("workflow.escalation.noVolunteer"));
    }

    @Test
    void a_volunteer_who_puts_themselves_on_pause_is_not_proposed_until_they_are_back() {
        login("leefcoach");
        long[] ids = new VolunteerScenario("Heideveen", clients, plans, editing, catalog, needs, consents)
                .clientWithNeed("Gezelschap", "Een kop koffie samen", "");
        login("vrijwilliger");
        navigate("mijn-profiel");
        try {
            _click(_get(Button.class, spec -> spec.withId("volunteer-pause-toggle")));
            assertThat(volunteers.myProfile().orElseThrow().data().status()).isEqualTo(VolunteerStatus.PAUZE);

            login("coordinator");
            assertThat(_get(Div.class, spec -> spec.withId("request-" + ids[1])).getElement().getTextRecursively())
                    .contains("Niet voorgesteld: vrijwilliger Jan Hoving staat op pauze.")
                    .doesNotContain("Koppelen aan Jan Hoving");
        } finally {
            login("vrijwilliger");
            volunteers.pauseMe(false);
        }
        login("coordinator");
        assertThat(_find(Button.class, spec -> spec.withText("Koppelen aan Jan Hoving"))).isNotEmpty();
    }

    @Test
    void a_volunteer_sees_only_their_own_profile_and_tasks_also_by_url() {
        login("vrijwilliger");
        navigate("mijn-profiel");
        assertThat(_get(Div.class, spec -> spec.withClasses("facts")).getElement().getTextRecursively())
                .contains("Heideveen").contains("Boodschappen");
        for (String route : List.of("vrijwilligers", "vrijwilligers/aanvragen", "clienten", "taken")) {
            navigate(route);
            assertThat(currentView()).as(route).isInstanceOf(AccessDeniedView.class);
        }
    }
}
