package nl.samenplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.Relation;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The plan page, step by step as the leefcoach writes it at the kitchen table. */
class PlanPageTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private NetworkService network;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private PlanService plans;
    @Autowired
    private nl.samenplan.plan.PlanEditing editing;

    @Test
    void a_rule_the_plan_does_not_meet_is_told_at_each_field_it_is_about_and_nothing_typed_is_lost() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Veldfout");
        navigate("clienten/" + clientId + "/plan");
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-answer-needs")), "Hulp bij de boodschappen.");
        _click(_get(Button.class, spec -> spec.withId("goal-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("goal-text-1")), "Zelf blijven koken.");
        DatePicker agreedOn = _get(DatePicker.class, spec -> spec.withId("plan-agreed-on"));
        _setValue(agreedOn, LocalDate.now(clock).plusDays(3));

        _click(_get(Button.class, spec -> spec.withId("plan-save")));

        assertThat(agreedOn.isInvalid()).isTrue();
        assertThat(agreedOn.getErrorMessage()).contains("toekomst");
        @SuppressWarnings("unchecked")
        Select<CatalogService.Item> area = _get(Select.class, spec -> spec.withId("goal-area-1"));
        assertThat(area.isInvalid()).as("the goal without a life area, at its own field").isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-error")).getText()).contains("Controleer");
        assertThat(plans.plan(clientId).exists()).as("nothing saved").isFalse();
        assertThat(_get(TextArea.class, spec -> spec.withId("plan-answer-needs")).getValue())
                .isEqualTo("Hulp bij de boodschappen.");

        _setValue(agreedOn, LocalDate.now(clock));
        setSelect("goal-area-1", catalog.lifeAreas().get(0));
        _click(_get(Button.class, spec -> spec.withId("plan-save")));
        assertThat(agreedOn.isInvalid()).isFalse();
        assertThat(plans.plan(clientId).content().answerNeeds()).isEqualTo("Hulp bij de boodschappen.");
    }

    @Test
    void the_leefcoach_writes_answers_scores_goals_agreements_and_consent_and_it_is_saved_as_version_1() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Plan");
        long neighbour = Fixtures.member(network, clientId, "Buurman Plan", Relation.BUUR, false, null, Set.of());
        navigate("clienten/" + clientId + "/plan");

        _setValue(_get(TextArea.class, spec -> spec.withId("plan-answer-can-do-self")), "Zelf koken, eenvoudig.");
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-answer-needs")), "Iemand die meegaat naar de dokter.");
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-answer-will-do")), "Ik ga naar de soos.");
        List<CatalogService.Item> areas = catalog.lifeAreas().stream().filter(CatalogService.Item::active).toList();
        for (CatalogService.Item area : areas) {
            _setValue(_get(IntegerField.class, spec -> spec.withId("score-" + area.id())), 6);
        }
        _click(_get(Button.class, spec -> spec.withId("goal-add")));
        setSelect("goal-area-1", areas.get(3));
        _setValue(_get(TextField.class, spec -> spec.withId("goal-text-1")), "Weer onder de mensen komen.");
        _click(_get(Button.class, spec -> spec.withId("goal-add")));
        setSelect("goal-area-2", areas.get(0));
        _setValue(_get(TextField.class, spec -> spec.withId("goal-text-2")), "Mijn knie sparen.");

        addAgreement("Zelf naar de soos", "Gezelschap", SupportRung.ZELF, null, null, null);
        addAgreement("Meerijden naar de dokter", "Vervoer", SupportRung.EIGEN_NETWERK, "Buurman Plan", null, null);
        addAgreement("Boodschappen met de vrijwilliger", "Boodschappen", SupportRung.VRIJWILLIGERS, null,
                "Vrijwilliger Gerrit", null);
        addAgreement("Steunkousen aan", "Persoonlijke verzorging", SupportRung.PROFESSIONELE_ZORG, null,
                "Wijkverpleging", FundingDomain.ZVW);

        _setValue(_get(DatePicker.class, spec -> spec.withId("plan-agreed-on")), LocalDate.now());
        _setValue(_get(TextField.class, spec -> spec.withId("plan-agreed-with")), "De cliënt en haar zoon");
        _setValue(_get(DatePicker.class, spec -> spec.withId("plan-review-date")), LocalDate.now().plusMonths(3));
        _click(_get(Button.class, spec -> spec.withId("plan-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-status")).getText()).startsWith("Versie 1,");
        var saved = plans.plan(clientId);
        assertThat(saved.revisionNo()).isEqualTo(1);
        assertThat(saved.content().answerNeeds()).isEqualTo("Iemand die meegaat naar de dokter.");
        assertThat(saved.content().scores()).hasSize(areas.size()).containsValue(6);
        assertThat(saved.content().goals()).extracting("text")
                .containsExactly("Weer onder de mensen komen.", "Mijn knie sparen.");
        assertThat(saved.content().agreements()).extracting("rung").containsExactly(SupportRung.ZELF,
                SupportRung.EIGEN_NETWERK, SupportRung.VRIJWILLIGERS, SupportRung.PROFESSIONELE_ZORG);
        assertThat(saved.content().agreements().get(1).networkMemberId()).isEqualTo(neighbour);
        assertThat(saved.content().agreements().get(3).fundingDomain()).isEqualTo(FundingDomain.ZVW);
        assertThat(saved.content().agreedWith()).isEqualTo("De cliënt en haar zoon");
        assertThat(clients.get(clientId).planReviewDate()).isEqualTo(LocalDate.now().plusMonths(3));
        String web = _get(Svg.class, spec -> spec.withClasses("spider-web-svg")).getElement().getProperty("innerHTML");
        assertThat(web).contains("Sociaal netwerk");
        assertThat(_get(Anchor.class, spec -> spec.withId("plan-pdf")).getHref()).isNotBlank();
    }

    @Test
    void professional_care_without_a_funding_domain_is_refused_in_the_dialog() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Domein");
        navigate("clienten/" + clientId + "/plan");
        _click(_get(Button.class, spec -> spec.withId("agreement-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("agreement-what")), "Wondverzorging");
        setCombo("agreement-category", "Wondzorg");
        _setValue(_get(TextField.class, spec -> spec.withId("agreement-provider")), "Wijkverpleging");
        _click(_get(Button.class, spec -> spec.withId("agreement-ok")));

        assertThat(_get(Select.class, spec -> spec.withId("agreement-rung")).getValue())
                .as("a category that is professional by nature goes to rung 4").isEqualTo(SupportRung.PROFESSIONELE_ZORG);
        assertThat(_get(Paragraph.class, spec -> spec.withId("agreement-error")).getText())
                .isEqualTo("Kies bij afspraak 1 het domein: Wmo, Zvw of Wlz.");
    }

    @Test
    void every_save_is_a_version_in_the_history_and_an_earlier_version_can_be_read() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Versies");
        navigate("clienten/" + clientId + "/plan");
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-answer-needs")), "Eerste versie.");
        _click(_get(Button.class, spec -> spec.withId("plan-save")));
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-answer-needs")), "Tweede versie.");
        _click(_get(Button.class, spec -> spec.withId("plan-save")));

        navigate("clienten/" + clientId + "/geschiedenis");
        var history = nl.samenplan.testsupport.Grids.texts(_get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("history-grid")), "what");
        assertThat(history.get(0)).contains("Plan opgeslagen", "Antwoord op: Waar heeft u behoefte aan?",
                "Lees versie 2");
        assertThat(history.get(1)).contains("Plan gemaakt", "Lees versie 1");

        navigate("clienten/" + clientId + "/plan/versie/1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("revision-banner")).getText())
                .contains("versie 1", "Sanne Mulder").contains("De huidige versie is 2");
        assertThat(_get(TextArea.class, spec -> spec.withId("plan-answer-needs")).getValue()).isEqualTo("Eerste versie.");
        assertThat(_get(TextArea.class, spec -> spec.withId("plan-answer-needs")).isReadOnly()).isTrue();
    }

    @Test
    void the_coordinator_can_neither_read_nor_change_the_plan_which_matching_does_not_need() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Lezer");
        login("coordinator");
        navigate("clienten/" + clientId + "/plan");
        assertThat(currentView()).isInstanceOf(nl.samenplan.base.ui.AccessDeniedView.class);
        assertThat(_find(TextArea.class, spec -> spec.withId("plan-answer-needs"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("plan-save"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void setSelect(String id, Object value) {
        _setValue(_get(Select.class, spec -> spec.withId(id)), value);
    }

    @SuppressWarnings("unchecked")
    private static void setCombo(String id, String name) {
        ComboBox<CatalogService.Item> combo = _get(ComboBox.class, spec -> spec.withId(id));
        _setValue(combo, combo.getListDataView().getItems().filter(i -> i.name().equals(name)).findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static void addAgreement(String what, String category, SupportRung rung, String member, String provider,
            FundingDomain domain) {
        _click(_get(Button.class, spec -> spec.withId("agreement-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("agreement-what")), what);
        setCombo("agreement-category", category);
        setSelect("agreement-rung", rung);
        if (member != null) {
            Select<NetworkService.Member> members = _get(Select.class, spec -> spec.withId("agreement-member"));
            _setValue(members, members.getListDataView().getItems().filter(m -> m.name().equals(member)).findFirst()
                    .orElseThrow());
        }
        if (provider != null) {
            _setValue(_get(TextField.class, spec -> spec.withId("agreement-provider")), provider);
        }
        if (domain != null) {
            _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("agreement-domain")), domain);
        }
        _click(_get(Button.class, spec -> spec.withId("agreement-ok")));
    }
}
