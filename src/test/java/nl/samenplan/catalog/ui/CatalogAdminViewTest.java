package nl.samenplan.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.samenplan.base.ui.AccessDeniedView;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.CatalogService.Item;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CatalogAdminViewTest extends KaribuTest {

    @Autowired
    private CatalogService catalog;

    /**
     * What these tests add stays in the shared test database: deactivate it again, so that other tests
     * (and the browser journey) see the seeded catalogue as it was.
     */
    @org.junit.jupiter.api.AfterEach
    void deactivateWhatWasAdded() {
        var catalogService = context.getBean(nl.samenplan.catalog.CatalogService.class);
        var admin = userDetailsService.loadUserByUsername("beheerder");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(admin, null,
                        admin.getAuthorities()));
        java.util.Set<String> added = java.util.Set.of("Vervoer en mobiliteit", "Steunkousen aantrekken",
                "Ramen lappen bij de buren");
        catalogService.lifeAreas().stream().filter(a -> added.contains(a.name()) && a.active())
                .forEach(a -> catalogService.changeLifeArea(a.id(), a.version(), a.name(), false));
        catalogService.needCategories().stream().filter(c -> added.contains(c.name()) && c.active())
                .forEach(c -> catalogService.changeNeedCategory(c.id(), c.version(), c.name(),
                        c.professionalByNature(), false));
    }

    @Test
    void the_administrator_adds_a_life_area_and_it_appears_in_the_list_and_in_the_catalogue() {
        login("beheerder");
        navigate("beheer/catalogus");
        assertThat(currentView()).isInstanceOf(CatalogAdminView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("life-area-name")), "Vervoer en mobiliteit");
        _click(_get(Button.class, spec -> spec.withId("life-area-add")));

        assertThat(names(grid("life-area-grid"))).contains("Vervoer en mobiliteit");
        assertThat(catalog.lifeAreas()).filteredOn(a -> a.name().equals("Vervoer en mobiliteit"))
                .singleElement().satisfies(a -> assertThat(a.active()).isTrue());
        assertThat(_get(TextField.class, spec -> spec.withId("life-area-name")).getValue()).isEmpty();
    }

    @Test
    void the_administrator_adds_a_kind_of_need_that_is_professional_by_nature() {
        login("beheerder");
        navigate("beheer/catalogus");

        _setValue(_get(TextField.class, spec -> spec.withId("category-name")), "Steunkousen aantrekken");
        _setValue(_get(Checkbox.class, spec -> spec.withId("category-professional")), true);
        _click(_get(Button.class, spec -> spec.withId("category-add")));

        Item stored = catalog.needCategories().stream().filter(c -> c.name().equals("Steunkousen aantrekken"))
                .findFirst().orElseThrow();
        assertThat(stored.professionalByNature()).isTrue();
        assertThat(stored.active()).isTrue();
        Grid<Item> grid = grid("category-grid");
        assertThat(GridKt._getFormatted(grid, rowOf(grid, "Steunkousen aantrekken"), "professional")).isEqualTo("Ja");
        assertThat(_get(Checkbox.class, spec -> spec.withId("category-professional")).getValue()).isFalse();
    }

    @Test
    void adding_a_name_that_already_exists_is_explained_in_dutch_and_adds_nothing() {
        login("beheerder");
        int before = catalog.lifeAreas().size();
        navigate("beheer/catalogus");

        TextField name = _get(TextField.class, spec -> spec.withId("life-area-name"));
        _setValue(name, "Wonen");
        _click(_get(Button.class, spec -> spec.withId("life-area-add")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(
                "De naam Wonen staat al in de lijst. Kies een andere naam, of zet de bestaande weer in gebruik als die"
                        + " uitstaat.");
        assertThat(name.getValue()).isEqualTo("Wonen");
        assertThat(catalog.lifeAreas()).hasSize(before);
        assertThat(names(grid("life-area-grid"))).filteredOn("Wonen"::equals).hasSize(1);
    }

    @Test
    void an_empty_name_asks_for_a_name() {
        login("beheerder");
        int before = catalog.needCategories().size();
        navigate("beheer/catalogus");

        _setValue(_get(TextField.class, spec -> spec.withId("category-name")), "   ");
        _click(_get(Button.class, spec -> spec.withId("category-add")));

        assertThat(_get(TextField.class, spec -> spec.withId("category-name")).getErrorMessage())
                .isEqualTo("Vul een naam in.");
        assertThat(catalog.needCategories()).hasSize(before);
    }

    @Test
    void deactivating_a_kind_of_need_keeps_it_in_the_list_marked_as_no_longer_in_use() {
        login("beheerder");
        Item added = catalog.addNeedCategory("Ramen lappen bij de buren", false);
        navigate("beheer/catalogus");

        Grid<Item> grid = grid("category-grid");
        _click(_get(GridKt._getCellComponent(grid, rowOf(grid, "Ramen lappen bij de buren"), "actions"),
                Button.class, spec -> spec.withId("category-edit-" + added.id())));
        assertThat(_get(TextField.class, spec -> spec.withId("catalog-edit-name")).getValue())
                .isEqualTo("Ramen lappen bij de buren");
        _setValue(_get(Checkbox.class, spec -> spec.withId("catalog-edit-active")), false);
        _click(_get(Button.class, spec -> spec.withId("catalog-edit-save")));

        _assertNone(CatalogItemDialog.class);
        Item stored = catalog.needCategories().stream().filter(c -> c.id() == added.id()).findFirst().orElseThrow();
        assertThat(stored.active()).isFalse();
        assertThat(stored.name()).isEqualTo("Ramen lappen bij de buren");
        grid = grid("category-grid");
        int row = rowOf(grid, "Ramen lappen bij de buren");
        assertThat(GridKt._getFormatted(grid, row, "status")).isEqualTo("Niet meer in gebruik");
    }

    @Test
    void renaming_to_a_name_that_already_exists_is_explained_in_the_dialog() {
        login("beheerder");
        Item added = catalog.addLifeArea("Wonen in het dorp van later");
        navigate("beheer/catalogus");

        Grid<Item> grid = grid("life-area-grid");
        _click(_get(GridKt._getCellComponent(grid, rowOf(grid, "Wonen in het dorp van later"), "actions"),
                Button.class, spec -> spec.withId("life-area-edit-" + added.id())));
        _setValue(_get(TextField.class, spec -> spec.withId("catalog-edit-name")), "Gezondheid");
        _click(_get(Button.class, spec -> spec.withId("catalog-edit-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("catalog-edit-error"))
                .getText()).isEqualTo("De naam Gezondheid staat al in de lijst. Kies een andere naam, of zet de"
                        + " bestaande weer in gebruik als die uitstaat.");
        assertThat(catalog.lifeAreas()).filteredOn(a -> a.id() == added.id()).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("Wonen in het dorp van later"));
    }

    @Test
    void a_leefcoach_who_types_the_address_gets_the_dutch_no_access_page() {
        login("leefcoach");
        navigate("beheer/catalogus");

        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_get(H1.class, spec -> spec.withClasses("view-title")).getText()).isEqualTo("Geen toegang");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Item> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static List<String> names(Grid<Item> grid) {
        return grid.getListDataView().getItems().map(Item::name).toList();
    }

    private static int rowOf(Grid<Item> grid, String name) {
        int row = names(grid).indexOf(name);
        assertThat(row).as(name).isNotNegative();
        return row;
    }
}
