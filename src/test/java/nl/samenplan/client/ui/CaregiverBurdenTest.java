package nl.samenplan.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.BurdenCheckInData;
import nl.samenplan.client.BurdenCheckInService;
import nl.samenplan.client.CheckInAnswer;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.Relation;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.workflow.LadderRouting;
import nl.samenplan.workflow.Proposal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class CaregiverBurdenTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private NetworkService network;
    @Autowired
    private BurdenCheckInService checkIns;
    @Autowired
    private PlanService plans;
    @Autowired
    private nl.samenplan.plan.PlanEditing editing;
    @Autowired
    private LadderRouting routing;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private AuditLog auditLog;

    @Test
    @SuppressWarnings("unchecked")
    void the_leefcoach_records_a_check_in_which_becomes_the_current_burden_and_is_in_the_history() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Checkin");
        long member = Fixtures.member(network, clientId, "Hilda Checkin", Relation.KIND, true, 3, Set.of());
        navigate("clienten/" + clientId + "/netwerk");
        assertThat(_get(Paragraph.class, spec -> spec.withId("checkin-status-" + member)).getText())
                .contains("Belasting 3/10 opgegeven op", "dat telt als eerste check-in");

        _click(_get(Button.class, spec -> spec.withId("checkin-" + member)));
        _setValue(_get(IntegerField.class, spec -> spec.withId("checkin-score")), 6);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("checkin-sleep")), CheckInAnswer.SOMS);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("checkin-time")), CheckInAnswer.NEE);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("checkin-worries")), CheckInAnswer.JA);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("checkin-contact")), true);
        _setValue(_get(TextArea.class, spec -> spec.withId("checkin-note")), "Moe na de verhuizing.");
        _click(_get(Button.class, spec -> spec.withId("checkin-save")));

        var caregiver = checkIns.caregivers(clientId).get(0);
        assertThat(caregiver.checkIns()).hasSize(1);
        assertThat(caregiver.last().score()).isEqualTo(6);
        assertThat(caregiver.last().note()).isEqualTo("Moe na de verhuizing.");
        assertThat(network.members(clientId).get(0).data().burdenScore()).isEqualTo(6);
        assertThat(_get(Paragraph.class, spec -> spec.withId("checkin-status-" + member)).getText())
                .contains("Laatste check-in", "6/10", "elke 4 weken");
        assertThat(auditLog.history(clientId, Pageable.ofSize(5)).getContent().get(0).detail())
                .startsWith("Hilda Checkin: 6/10");
    }

    @Test
    void a_check_in_without_the_answers_is_refused_in_the_dialog_and_nothing_is_lost() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Onvolledig");
        long member = Fixtures.member(network, clientId, "Gerda Onvolledig", Relation.PARTNER, true, null, Set.of());
        navigate("clienten/" + clientId + "/netwerk");
        _click(_get(Button.class, spec -> spec.withId("checkin-" + member)));
        _setValue(_get(IntegerField.class, spec -> spec.withId("checkin-score")), 7);
        _setValue(_get(TextArea.class, spec -> spec.withId("checkin-note")), "Belde zelf.");
        _click(_get(Button.class, spec -> spec.withId("checkin-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("checkin-error")).getText())
                .isEqualTo("Beantwoord de vier vragen: slapen, tijd voor uzelf, zorgen en contact.");
        assertThat(_get(IntegerField.class, spec -> spec.withId("checkin-score")).getValue()).isEqualTo(7);
        assertThat(_get(TextArea.class, spec -> spec.withId("checkin-note")).getValue()).isEqualTo("Belde zelf.");
        assertThat(checkIns.caregivers(clientId).get(0).checkIns()).isEmpty();
    }

    @Test
    void the_netwerk_tab_draws_the_trend_with_every_score_and_the_threshold() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Trend");
        long member = risingCaregiver(clientId, "Jan Trend", 4, 5, 8);
        navigate("clienten/" + clientId + "/netwerk");

        Svg chart = _get(Svg.class, spec -> spec.withId("burden-trend-" + member));
        String svg = chart.getElement().getProperty("innerHTML");
        assertThat(svg).contains("role=\"img\"", ">4</text>", ">5</text>", ">8</text>", "stroke-dasharray",
                "grens 7");
        assertThat(svg).contains("Belasting van Jan Trend per check-in: ")
                .contains(" 4/10, ").contains(" 5/10, ").contains(" 8/10</title>");
    }

    @Test
    void a_caregiver_above_the_threshold_and_rising_is_flagged_on_the_overzicht_with_respite_and_a_conversation() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Vlag");
        risingCaregiver(clientId, "Jan Vlag", 4, 5, 8);
        navigate("clienten/" + clientId);

        String signals = _get(Section.class, spec -> spec.withId("signals")).getElement().getTextRecursively();
        assertThat(signals).contains("Mantelzorger Jan Vlag is overbelast (8/10)",
                "De belasting van mantelzorger Jan Vlag stijgt: van 5 naar 8",
                "respijtzorg (Dagbesteding Het Dorpshuis)", "een gesprek met Jan Vlag");
    }

    @Test
    void a_caregiver_rising_by_three_below_the_threshold_is_flagged_as_rising_only() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Stijger");
        risingCaregiver(clientId, "Anna Stijger", 2, 5);
        navigate("clienten/" + clientId);

        String signals = _get(Section.class, spec -> spec.withId("signals")).getElement().getTextRecursively();
        assertThat(signals).contains("De belasting van mantelzorger Anna Stijger stijgt: van 2 naar 5")
                .doesNotContain("overbelast");
    }

    @Test
    void the_plan_owner_sees_the_flag_on_the_landing_page_and_a_colleague_does_not() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Landing");
        long member = risingCaregiver(clientId, "Jan Landing", 4, 5, 8);
        ownPlan(clientId);
        openClientList();

        String notice = _get(Div.class, spec -> spec.withId("caregiver-notice-" + member)).getElement()
                .getTextRecursively();
        assertThat(notice).contains("Mantelzorger Jan Landing is overbelast (8/10)", "stijgt: van 5 naar 8",
                "respijtzorg", "Naar het netwerk van Test Landing");

        login("dorpsregisseur");
        openClientList();
        assertThat(_find(Div.class, spec -> spec.withId("caregiver-notice-" + member))).isEmpty();
    }

    @Test
    void the_notices_beyond_the_first_three_are_built_only_when_the_plan_owner_opens_the_rest() {
        login("leefcoach");
        List<Long> members = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long clientId = Fixtures.newClient(clients, "Veel" + i);
            members.add(Fixtures.member(network, clientId, "Zorger Veel" + i, Relation.KIND, true, null, Set.of()));
            ownPlan(clientId);
        }
        navigate("clienten");
        assertThat(_find(Div.class, spec -> spec.withClasses("caregiver-notice"))).hasSize(3);

        _get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("caregiver-attention-more"))
                .setOpened(true);
        for (long member : members) {
            assertThat(_find(Div.class, spec -> spec.withId("caregiver-notice-" + member))).hasSize(1);
        }
    }

    @Test
    void a_due_check_in_appears_on_the_plan_owners_landing_page() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Beurt");
        long never = Fixtures.member(network, clientId, "Nooit Beurt", Relation.KIND, true, null, Set.of());
        long recent = risingCaregiver(clientId, "Recent Beurt", 3);
        ownPlan(clientId);
        openClientList();
        assertThat(_get(Paragraph.class, spec -> spec.withId("caregiver-due-" + never)).getText())
                .isEqualTo("Check-in van mantelzorger Nooit Beurt: nog nooit gedaan.");
        assertThat(_find(Div.class, spec -> spec.withId("caregiver-notice-" + recent))).isEmpty();

        clock.advance(Duration.ofDays(28));
        navigate("clienten/" + clientId);
        openClientList();
        assertThat(_get(Paragraph.class, spec -> spec.withId("caregiver-due-" + recent)).getText())
                .startsWith("Check-in van mantelzorger Recent Beurt is aan de beurt");
    }

    @Test
    void a_first_burden_score_entered_with_a_new_mantelzorger_counts_as_the_first_check_in_and_is_not_due() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Eerste");
        long member = Fixtures.member(network, clientId, "Mieke Eerste", Relation.KIND, true, 7, Set.of());
        ownPlan(clientId);
        LocalDate today = LocalDate.now(clock);

        var caregiver = checkIns.caregivers(clientId).get(0);
        assertThat(caregiver.due()).isFalse();
        assertThat(caregiver.nextDue()).isEqualTo(today.plusWeeks(4));
        navigate("clienten/" + clientId + "/netwerk");
        Paragraph status = _get(Paragraph.class, spec -> spec.withId("checkin-status-" + member));
        assertThat(status.getText()).isEqualTo("Belasting 7/10 opgegeven op "
                + nl.samenplan.base.DutchFormats.date(today) + "; dat telt als eerste check-in. Volgende check-in rond "
                + nl.samenplan.base.DutchFormats.date(today.plusWeeks(4)) + " (elke 4 weken).");
        assertThat(status.getClassNames()).doesNotContain("attention");
        openClientList();
        assertThat(_find(Paragraph.class, spec -> spec.withId("caregiver-due-" + member))).isEmpty();

        clock.advance(Duration.ofDays(28));
        navigate("clienten/" + clientId + "/netwerk");
        assertThat(_get(Paragraph.class, spec -> spec.withId("checkin-status-" + member)).getClassNames())
                .contains("attention");
        openClientList();
        assertThat(_get(Paragraph.class, spec -> spec.withId("caregiver-due-" + member)).getText())
                .startsWith("Check-in van mantelzorger Mieke Eerste is aan de beurt");
    }

    @Test
    void the_router_passes_over_a_caregiver_after_a_check_in_above_the_threshold() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Router");
        long shopping = catalog.needCategories().stream().filter(c -> c.name().equals("Boodschappen")).findFirst()
                .orElseThrow().id();
        long member = Fixtures.member(network, clientId, "Kees Router", Relation.PARTNER, true, 3, Set.of(shopping));
        assertThat(networkProposals(clientId, shopping)).contains(member);

        checkIns.record(member, checkIn(LocalDate.now(clock), 8));

        assertThat(networkProposals(clientId, shopping)).doesNotContain(member);
        assertThat(routing.route(clientId, shopping, false).passedOver().get(0).key())
                .isEqualTo("workflow.passed.overburdened");
    }

    @Test
    void an_older_check_in_entered_later_does_not_replace_the_current_burden() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Achteraf");
        long member = risingCaregiver(clientId, "Bert Achteraf", 8);
        checkIns.record(member, checkIn(LocalDate.now(clock).minusWeeks(8), 2));
        assertThat(network.members(clientId).get(0).data().burdenScore()).isEqualTo(8);
        assertThat(checkIns.caregivers(clientId).get(0).checkIns()).extracting(c -> c.score()).containsExactly(2, 8);
    }

    @Test
    void the_demo_shows_jan_hoekstra_flagged_and_els_due_on_the_leefcoachs_landing_page() {
        login("leefcoach");
        openClientList();
        String section = _get(Section.class, spec -> spec.withId("caregiver-attention")).getElement()
                .getTextRecursively();
        assertThat(section).contains("Mantelzorger Jan Hoekstra is overbelast (8/10)",
                "stijgt: van 5 naar 8", "Check-in van mantelzorger Els Hoekstra is aan de beurt");
    }

    private List<Long> networkProposals(long clientId, long category) {
        return routing.route(clientId, category, false).proposals().stream()
                .filter(p -> p.rung() == SupportRung.EIGEN_NETWERK).map(Proposal::candidateId).toList();
    }

    /** A caregiver with check-ins of these scores, two weeks apart, the last one today. */
    /** The client list with every notice on it: those beyond the first three are built when the rest is opened. */
    private static void openClientList() {
        navigate("clienten");
        _find(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("caregiver-attention-more"))
                .forEach(more -> more.setOpened(true));
    }

    private long risingCaregiver(long clientId, String name, int... scores) {
        long member = Fixtures.member(network, clientId, name, Relation.PARTNER, true, null, Set.of());
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < scores.length; i++) {
            checkIns.record(member, checkIn(today.minusWeeks(2L * (scores.length - 1 - i)), scores[i]));
        }
        return member;
    }

    private static BurdenCheckInData checkIn(LocalDate on, int score) {
        return new BurdenCheckInData(on, score, CheckInAnswer.SOMS, CheckInAnswer.SOMS, CheckInAnswer.SOMS, false,
                null, 4);
    }

    private void ownPlan(long clientId) {
        editing.save(clientId, 0, new PlanContent(null, "Thuis blijven wonen.", null, null, null, null, null, null,
                null));
    }
}
