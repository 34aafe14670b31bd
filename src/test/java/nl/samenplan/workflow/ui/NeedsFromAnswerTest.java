package nl.samenplan.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.workflow.NeedService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** Issue 12, finding 6: the client's own words feed the needs, one tap each. */
class NeedsFromAnswerTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private NeedService needs;
    @Autowired
    private PlanEditing editing;
    @Autowired
    private AuditLog auditLog;

    @Test
    void the_kinds_of_help_the_client_names_are_offered_and_one_tap_records_the_need() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Woorden");
        answer(clientId, "Hulp bij de boodschappen, iemand die me naar de dokter rijdt en af en toe een praatje.");
        navigate("clienten/" + clientId + "/hulpvragen");

        assertThat(_get(Paragraph.class, spec -> spec.withId("need-from-answer-words")).getText())
                .contains("boodschappen, iemand die me naar de dokter rijdt");
        long shopping = category("Boodschappen");
        long transport = category("Vervoer");
        long company = category("Gezelschap");
        assertThat(chips()).containsExactlyInAnyOrder(shopping, transport, company);

        _click(_get(Button.class, spec -> spec.withId("need-from-answer-" + transport)));

        var need = needs.needs(clientId).get(0);
        assertThat(need.data().needCategoryId()).isEqualTo(transport);
        assertThat(need.data().description()).isEqualTo("dokter");
        assertThat(need.createdBy()).isNotBlank();
        assertThat(chips()).containsExactlyInAnyOrder(shopping, company);
        assertThat(_get(Div.class, spec -> spec.withId("needs")).getElement().getTextRecursively())
                .contains("Vervoer: dokter");
        assertThat(auditLog.history(clientId, Pageable.ofSize(20)).getContent())
                .anySatisfy(e -> assertThat(e.detail()).contains("Vervoer"));
    }

    @Test
    void a_kind_of_need_that_is_open_already_is_not_offered_again_and_no_answer_offers_nothing() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Alopen");
        navigate("clienten/" + clientId + "/hulpvragen");
        assertThat(_find(Div.class, spec -> spec.withId("need-from-answer"))).isEmpty();

        answer(clientId, "Boodschappen.");
        needs.recordFromAnswer(clientId, category("Boodschappen"));
        navigate("clienten/" + clientId + "/hulpvragen");

        assertThat(_find(Div.class, spec -> spec.withId("need-from-answer"))).isEmpty();
        assertThat(needs.needs(clientId)).hasSize(1);
        assertThat(needs.needs(clientId).get(0).data().description()).isNull();
    }

    @Test
    void the_beheerder_adds_an_other_word_and_it_is_offered_from_the_clients_answer() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Kaarten");
        answer(clientId, "Ik zou graag weer eens kaarten met iemand.");
        navigate("clienten/" + clientId + "/hulpvragen");
        assertThat(_find(Div.class, spec -> spec.withId("need-from-answer"))).isEmpty();

        login("beheerder");
        long company = category("Gezelschap");
        navigate("beheer/catalogus");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<CatalogService.Item> grid = _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("category-grid"));
        int row = java.util.stream.IntStream.range(0, com.github.mvysny.kaributesting.v10.GridKt._size(grid))
                .filter(r -> com.github.mvysny.kaributesting.v10.GridKt._get(grid, r).id() == company).findFirst()
                .orElseThrow();
        _click(_get(com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, "actions"), Button.class,
                spec -> spec.withId("category-edit-" + company)));
        TextArea synonyms = _get(TextArea.class, spec -> spec.withId("catalog-edit-synonyms"));
        assertThat(synonyms.getValue()).contains("eenzaam", "praatje", "bezoek");
        String before = synonyms.getValue();
        try {
            _setValue(synonyms, before + ", kaarten");
            _click(_get(Button.class, spec -> spec.withId("catalog-edit-save")));
            assertThat(catalog.needCategories().stream().filter(c -> c.id() == company).findFirst().orElseThrow()
                    .synonyms()).contains("kaarten", "eenzaam");

            login("leefcoach");
            navigate("clienten/" + clientId + "/hulpvragen");
            assertThat(chips()).containsExactly(company);
            _click(_get(Button.class, spec -> spec.withId("need-from-answer-" + company)));
            assertThat(needs.needs(clientId).get(0).data().description()).isEqualTo("kaarten");
        } finally {
            as("beheerder", () -> {
                var now = catalog.needCategories().stream().filter(c -> c.id() == company).findFirst().orElseThrow();
                catalog.changeNeedCategory(company, now.version(), now.name(), now.professionalByNature(), now.active(),
                        before);
            });
        }
    }

    private static java.util.List<Long> chips() {
        return _find(Button.class).stream()
                .filter(b -> b.getId().orElse("").startsWith("need-from-answer-"))
                .map(b -> Long.parseLong(b.getId().orElseThrow().substring("need-from-answer-".length()))).toList();
    }

    private void answer(long clientId, String needs) {
        editing.save(clientId, 0, new PlanContent(null, needs, null, null, null, null, null, null, null));
    }

    private long category(String name) {
        return catalog.needCategories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }
}
