package nl.samenplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12, finding 10: the agreements show their key facts where they fit. In the grid the rung is a short badge
 * ("4 · Prof.") with its whole name for a screen reader and as a tooltip, the approval a badge of its own; for a
 * narrow screen the same agreements come as cards with every fact written out.
 */
class AgreementsLayoutTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private PlanEditing editing;
    @Autowired
    private CatalogService catalog;

    @Test
    void professional_care_waiting_for_approval_shows_a_short_rung_badge_with_its_whole_name_and_an_approval_badge() {
        long clientId = aPlanWithHouseholdHelpProposedByTheNurse();
        navigate("clienten/" + clientId + "/plan");

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("agreement-grid"));
        Component rung = GridKt._getCellComponent(grid, 1, "rung");
        Element rungBadge = badge(rung, "rung-badge");
        assertThat(rungBadge.getAttribute("title")).isEqualTo("4 · Professionele zorg");
        assertThat(rungBadge.getChildren().map(Element::getText).toList())
                .containsExactly("4 · Prof.", "Trede 4 · Professionele zorg");
        assertThat(rungBadge.getChild(0).getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(rungBadge.getChild(1).getClassList()).contains("visually-hidden");
        assertThat(badge(rung, "domain-badge").getText()).isEqualTo("Wmo");
        Element approval = badge(rung, "approval-badge");
        assertThat(approval.getText()).isEqualTo("ter goedkeuring");
        assertThat(approval.getAttribute("data-state")).isEqualTo("ter_goedkeuring");
        assertThat(GridKt._getFormatted(grid, 1, "category")).isEqualTo("Huishouden");
    }

    @Test
    void the_cards_for_a_narrow_screen_write_out_every_fact_of_each_agreement_and_can_be_edited() {
        long clientId = aPlanWithHouseholdHelpProposedByTheNurse();
        navigate("clienten/" + clientId + "/plan");

        Div cards = _get(Div.class, spec -> spec.withId("agreement-cards"));
        assertThat(_find(cards, Div.class, spec -> spec.withClasses("agreement-card"))).hasSize(2);
        String professional = _get(Div.class, spec -> spec.withId("agreement-card-2")).getElement()
                .getTextRecursively();
        assertThat(professional).contains("Huishoudelijke hulp", "4 · Professionele zorg", "Wmo", "ter goedkeuring",
                "Wie", "Thuishulp Noord", "Soort hulp", "Huishouden", "Hoe vaak", "Wekelijks").doesNotContain("Prof.");
        String own = _get(Div.class, spec -> spec.withId("agreement-card-1")).getElement().getTextRecursively();
        assertThat(own).contains("Zelf de boodschappenlijst maken", "0 · Zelf", "De cliënt zelf")
                .doesNotContain("Periode");
        assertThat(_find(_get(Div.class, spec -> spec.withId("agreement-card-2")), Button.class)).hasSize(2);
    }

    @Test
    void a_version_read_back_shows_its_cards_without_edit_buttons() {
        long clientId = aPlanWithHouseholdHelpProposedByTheNurse();
        navigate("clienten/" + clientId + "/plan/versie/1");

        Div cards = _get(Div.class, spec -> spec.withId("agreement-cards"));
        assertThat(_find(cards, Div.class, spec -> spec.withClasses("agreement-card"))).hasSize(2);
        assertThat(_find(cards, Button.class)).isEmpty();
    }

    @Test
    void a_plan_without_agreements_says_so_in_the_cards_too() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Kaartloos");
        navigate("clienten/" + clientId + "/plan");

        assertThat(_get(Div.class, spec -> spec.withId("agreement-cards")).getElement().getTextRecursively())
                .isEqualTo("Nog geen afspraken. Voeg de eerste afspraak toe.");
    }

    private static Element badge(Component cell, String className) {
        return cell.getElement().getChildren().filter(e -> e.getClassList().contains(className)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + className + " in " + cell.getElement().getOuterHTML()));
    }

    /** The district nurse proposes Wmo household help, which she does not indicate herself: it waits. */
    private long aPlanWithHouseholdHelpProposedByTheNurse() {
        login("wijkverpleegkundige");
        long clientId = Fixtures.newClient(clients, "Badges");
        editing.save(clientId, 0, new PlanContent(null, null, null, null, null, List.of(
                new AgreementItem(null, "Zelf de boodschappenlijst maken", category("Boodschappen"), SupportRung.ZELF,
                        null, null, null, null, null, null, null, null),
                new AgreementItem(null, "Huishoudelijke hulp", category("Huishouden"),
                        SupportRung.PROFESSIONELE_ZORG, null, "Thuishulp Noord", null, "Wekelijks", null, null,
                        FundingDomain.WMO, null).withEscalationReason("Niemand in het netwerk kan het.")),
                null, null, null));
        login("leefcoach");
        return clientId;
    }

    private long category(String name) {
        return catalog.needCategories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }
}
