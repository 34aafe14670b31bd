package nl.samenplan.volunteer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.DayOfWeek;
import java.time.LocalDate;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ConsentRecipient;
import nl.samenplan.client.ConsentService;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.volunteer.VolunteerService;
import nl.samenplan.volunteer.VolunteerStatus;
import nl.samenplan.workflow.NeedService;
import nl.samenplan.workflow.Proposal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The volunteer route of the ladder needs the client's consent to share with volunteers, and says so. */
class VolunteerConsentTest extends KaribuTest {

    @Autowired
    private ConsentService consents;
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

    @Test
    void without_consent_the_coordinator_sees_why_no_volunteer_can_be_matched_and_cannot_match_one() {
        VolunteerScenario scenario = new VolunteerScenario(VolunteerScenario.newVillage(), clients, plans, editing,
                catalog, needs, consents);
        login("coordinator");
        long aukje = volunteers.create(scenario.volunteer("Aukje Toestemming", "Administratie", 3,
                VolunteerStatus.ACTIEF, null, DayOfWeek.TUESDAY));
        login("leefcoach");
        long[] ids = scenario.clientWithNeed("Administratie", "Post en rekeningen doornemen", "dinsdag");
        Proposal offered = needs.route(ids[1]).proposals().stream().filter(p -> p.rung() == SupportRung.VRIJWILLIGERS)
                .findFirst().orElseThrow();
        var consent = consents.consents(ids[0]).stream().filter(l -> l.recipient() == ConsentRecipient.VOLUNTEERS)
                .findFirst().orElseThrow();
        consents.withdraw(ids[0], consent.id(), consent.version(), LocalDate.now(clock));

        assertThat(needs.route(ids[1]).proposals()).filteredOn(p -> p.rung() == SupportRung.VRIJWILLIGERS)
                .as("only as needing the client's consent first").allMatch(Proposal::needsConsent);
        assertThatThrownBy(() -> needs.accept(ids[1], offered)).as("a proposal made before the withdrawal")
                .hasMessage("error.consent.volunteers");
        login("coordinator");
        Div card = _get(Div.class, spec -> spec.withId("request-" + ids[1]));
        assertThat(card.getElement().getTextRecursively()).contains(
                "Nog geen toestemming van de cliënt om gegevens met vrijwilligers te delen");
        assertThat(_find(card, Button.class)).noneMatch(b -> b.getText().startsWith("Koppelen aan"));
        assertThatThrownBy(() -> needs.matchVolunteer(ids[1], aukje)).hasMessage("error.consent.volunteers");
    }
}
