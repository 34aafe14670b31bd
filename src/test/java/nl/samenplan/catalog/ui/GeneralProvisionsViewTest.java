package nl.samenplan.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenplan.base.ui.AccessDeniedView;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.CatalogService.Item;
import nl.samenplan.catalog.GeneralProvisionService;
import nl.samenplan.catalog.GeneralProvisionService.Provision;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class GeneralProvisionsViewTest extends KaribuTest {

    private static final Set<String> ADDED = Set.of("Koffieochtend Kloosterdijk", "Boodschappenbus Proefdorp",
            "Repair Café Proefdorp", "Respijt Logeerhuis Proefdorp");

    @Autowired
    private GeneralProvisionService provisions;

    @Autowired
    private CatalogService catalog;

    /** What these tests add stays in the shared test database: take it out of use again. */
    @AfterEach
    void deactivateWhatWasAdded() {
        var admin = userDetailsService.loadUserByUsername("beheerder");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        provisions.active().stream().filter(p -> ADDED.contains(p.name()))
                .forEach(p -> provisions.change(p.id(), p.version(), p.name(), p.description(), p.village(),
                        p.categories(), false, p.respite()));
    }

    @Test
    void the_administrator_sees_the_demo_provisions() {
        login("beheerder");
        navigate("beheer/voorzieningen");

        assertThat(currentView()).isInstanceOf(GeneralProvisionsView.class);
        assertThat(names(grid())).contains("Maaltijdservice Heideveen Eet", "Dagbesteding Het Dorpshuis",
                "Welzijn op Recept", "Formulierenbrigade Veenwolde");
    }

    @Test
    void the_administrator_adds_a_provision_for_company_in_one_village() {
        login("beheerder");
        navigate("beheer/voorzieningen");

        _click(_get(Button.class, spec -> spec.withId("provision-add")));
        _assertNone(Checkbox.class, spec -> spec.withId("provision-active"));
        _setValue(_get(TextField.class, spec -> spec.withId("provision-name")), "Koffieochtend Kloosterdijk");
        _setValue(_get(TextArea.class, spec -> spec.withId("provision-description")),
                "Elke dinsdag koffie en een praatje in het dorpshuis.");
        _setValue(_get(TextField.class, spec -> spec.withId("provision-village")), "Kloosterdijk");
        choose("Gezelschap");
        _click(_get(Button.class, spec -> spec.withId("provision-save")));

        _assertNone(GeneralProvisionDialog.class);
        long company = categoryId("Gezelschap");
        assertThat(provisions.active()).filteredOn(p -> p.name().equals("Koffieochtend Kloosterdijk"))
                .singleElement().satisfies(p -> {
                    assertThat(p.village()).isEqualTo("Kloosterdijk");
                    assertThat(p.categories()).containsExactly(company);
                });
        Grid<Provision> grid = grid();
        int row = rowOf(grid, "Koffieochtend Kloosterdijk");
        assertThat(GridKt._getFormatted(grid, row, "village")).isEqualTo("Kloosterdijk");
        assertThat(GridKt._getFormatted(grid, row, "categories")).isEqualTo("Gezelschap");
        assertThat(GridKt._getFormatted(grid, row, "status")).isEqualTo("In gebruik");
    }

    @Test
    void the_administrator_marks_a_provision_as_respite_care_which_is_then_suggested_for_caregivers() {
        login("beheerder");
        navigate("beheer/voorzieningen");

        _click(_get(Button.class, spec -> spec.withId("provision-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("provision-name")), "Respijt Logeerhuis Proefdorp");
        _setValue(_get(Checkbox.class, spec -> spec.withId("provision-respite")), true);
        _click(_get(Button.class, spec -> spec.withId("provision-save")));

        assertThat(provisions.respite()).extracting(Provision::name)
                .contains("Dagbesteding Het Dorpshuis", "Respijt Logeerhuis Proefdorp")
                .doesNotContain("Welzijn op Recept");
    }

    @Test
    void a_provision_without_a_village_is_for_all_villages() {
        login("beheerder");
        navigate("beheer/voorzieningen");

        _click(_get(Button.class, spec -> spec.withId("provision-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("provision-name")), "Boodschappenbus Proefdorp");
        _setValue(_get(TextField.class, spec -> spec.withId("provision-village")), "   ");
        _click(_get(Button.class, spec -> spec.withId("provision-save")));

        Grid<Provision> grid = grid();
        assertThat(GridKt._getFormatted(grid, rowOf(grid, "Boodschappenbus Proefdorp"), "village"))
                .isEqualTo("alle dorpen");
    }

    @Test
    void a_name_that_already_exists_is_explained_in_dutch_and_adds_nothing() {
        login("beheerder");
        int before = provisions.all().size();
        navigate("beheer/voorzieningen");

        _click(_get(Button.class, spec -> spec.withId("provision-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("provision-name")), "Welzijn op Recept");
        _click(_get(Button.class, spec -> spec.withId("provision-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("provision-error")).getText()).isEqualTo(
                "De naam Welzijn op Recept staat al in de lijst. Kies een andere naam, of zet de bestaande weer in"
                        + " gebruik als die uitstaat.");
        assertThat(_get(TextField.class, spec -> spec.withId("provision-name")).getValue())
                .isEqualTo("Welzijn op Recept");
        assertThat(provisions.all()).hasSize(before);
    }

    @Test
    void deactivating_through_the_dialog_takes_it_out_of_the_active_provisions() {
        login("beheerder");
        Provision added = provisions.add("Repair Café Proefdorp", "Samen spullen repareren.", null,
                Set.of(categoryId("Gezelschap")), false);
        navigate("beheer/voorzieningen");

        Grid<Provision> grid = grid();
        _click(_get(GridKt._getCellComponent(grid, rowOf(grid, "Repair Café Proefdorp"), "actions"),
                Button.class, spec -> spec.withId("provision-edit-" + added.id())));
        assertThat(_get(TextField.class, spec -> spec.withId("provision-name")).getValue())
                .isEqualTo("Repair Café Proefdorp");
        Checkbox active = _get(Checkbox.class, spec -> spec.withId("provision-active"));
        assertThat(active.isVisible()).isTrue();
        _setValue(active, false);
        _click(_get(Button.class, spec -> spec.withId("provision-save")));

        _assertNone(GeneralProvisionDialog.class);
        assertThat(provisions.active()).extracting(Provision::id).doesNotContain(added.id());
        Provision stored = provisions.all().stream().filter(p -> p.id() == added.id()).findFirst().orElseThrow();
        assertThat(stored.active()).isFalse();
        assertThat(stored.categories()).containsExactly(categoryId("Gezelschap"));
        grid = grid();
        assertThat(GridKt._getFormatted(grid, rowOf(grid, "Repair Café Proefdorp"), "status"))
                .isEqualTo("Niet meer in gebruik");
    }

    @Test
    void a_leefcoach_who_types_the_address_gets_the_dutch_no_access_page() {
        login("leefcoach");
        navigate("beheer/voorzieningen");

        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_get(H1.class, spec -> spec.withClasses("view-title")).getText()).isEqualTo("Geen toegang");
    }

    @SuppressWarnings("unchecked")
    private static void choose(String categoryName) {
        MultiSelectComboBox<Item> box = _get(MultiSelectComboBox.class, spec -> spec.withId("provision-categories"));
        _setValue(box, box.getListDataView().getItems().filter(i -> i.name().equals(categoryName))
                .collect(Collectors.toSet()));
    }

    private long categoryId(String name) {
        return catalog.needCategories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Provision> grid() {
        return _get(Grid.class, spec -> spec.withId("provision-grid"));
    }

    private static List<String> names(Grid<Provision> grid) {
        return grid.getListDataView().getItems().map(Provision::name).toList();
    }

    private static int rowOf(Grid<Provision> grid, String name) {
        int row = names(grid).indexOf(name);
        assertThat(row).as(name).isNotNegative();
        return row;
    }
}
