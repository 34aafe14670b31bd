package nl.samenplan.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.CatalogService.Item;
import nl.samenplan.security.UserAdminService;
import nl.samenplan.testsupport.AnotherUser;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The order of the life areas (the order of the plan) is the beheerder's to change, one place up or down at a
 * time. A move is made on the list as it was shown: when another beheerder changed the list since, nothing moves.
 */
@SuppressWarnings("unchecked")
class CatalogOrderTest extends KaribuTest {

    @Autowired
    private CatalogService catalog;
    @Autowired
    private UserAdminService users;
    @Autowired
    private JdbcTemplate jdbc;

    private Map<Long, Integer> originalOrder;

    /** Other tests read the seeded order of the shared test database: it is put back after each test. */
    @BeforeEach
    void rememberTheOrder() {
        originalOrder = new java.util.HashMap<>();
        jdbc.query("select id, sort_order from life_area", rs -> {
            originalOrder.put(rs.getLong(1), rs.getInt(2));
        });
    }

    @AfterEach
    void putTheOrderBack() {
        originalOrder.forEach((id, order) -> jdbc.update("update life_area set sort_order = ? where id = ?", order,
                id));
    }

    @Test
    void the_administrator_moves_a_life_area_down_and_the_list_and_the_catalogue_follow() {
        login("beheerder");
        navigate("beheer/catalogus");
        List<String> before = names();

        _click(button(before.get(0), "down"));

        assertThat(names()).startsWith(before.get(1), before.get(0), before.get(2));
        assertThat(catalog.lifeAreas()).extracting(Item::name).startsWith(before.get(1), before.get(0));
        assertThat(button(before.get(1), "up").isEnabled()).as("the first cannot go further up").isFalse();
        assertThat(button(before.get(0), "up").isEnabled()).isTrue();
    }

    @Test
    void a_move_on_a_list_another_administrator_changed_meanwhile_moves_nothing_and_says_who() {
        AnotherUser other = new AnotherUser(userDetailsService);
        String karin = other.secondAdministrator(users);
        login("beheerder");
        navigate("beheer/catalogus");
        List<String> seen = names();

        // meanwhile the second beheerder moves the third life area to the top, in two steps
        other.does(karin, () -> {
            catalog.moveLifeArea(catalog.lifeAreas(), id(seen.get(2)), true);
            catalog.moveLifeArea(catalog.lifeAreas(), id(seen.get(2)), true);
        });
        List<String> hers = catalog.lifeAreas().stream().map(Item::name).toList();
        assertThat(hers).startsWith(seen.get(2), seen.get(0), seen.get(1));

        // on the list as shown, the beheerder moves the first one down
        _click(button(seen.get(0), "down"));

        assertThat(catalog.lifeAreas()).extracting(Item::name).as("her order stands").isEqualTo(hers);
        assertThat(_get(Paragraph.class, spec -> spec.withId("catalog-order-error")).getText())
                .isEqualTo("De lijst is intussen gewijzigd door Karin Veldman, dus er is niets verschoven. U ziet nu"
                        + " de nieuwste volgorde; verschuif opnieuw als dat nog nodig is.");
        assertThat(names()).as("the screen shows her order now").isEqualTo(hers);

        // on the list as it is now, the same move works
        _click(button(seen.get(0), "down"));
        assertThat(catalog.lifeAreas()).extracting(Item::name).startsWith(seen.get(2), seen.get(1), seen.get(0));
        assertThat(_get(CatalogAdminView.class).orderError.isVisible()).as("the message is gone").isFalse();
    }

    private long id(String name) {
        return catalog.lifeAreas().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** The up or down button of a life area, in its row of the grid as shown. */
    private Button button(String name, String direction) {
        Grid<Item> grid = _get(Grid.class, spec -> spec.withId("life-area-grid"));
        Component cell = GridKt._getCellComponent(grid, names().indexOf(name), "order");
        return _get(cell, Button.class, spec -> spec.withId("life-area-" + direction + "-" + id(name)));
    }

    private static List<String> names() {
        Grid<Item> grid = _get(Grid.class, spec -> spec.withId("life-area-grid"));
        return grid.getListDataView().getItems().map(Item::name).toList();
    }
}
