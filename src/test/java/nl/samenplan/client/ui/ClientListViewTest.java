package nl.samenplan.client.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import nl.samenplan.client.ClientService.ClientRow;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

class ClientListViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void the_leefcoach_sees_her_teams_clients_and_finds_one_by_name() {
        login("leefcoach");
        navigate("clienten");

        Grid<ClientRow> grid = _get(Grid.class, spec -> spec.withId("client-grid"));
        assertThat(_size(grid)).isGreaterThanOrEqualTo(32);
        assertThat(names(grid)).contains("Aaltje Hoekstra").doesNotContain("Ahmed Bouzid");

        _setValue(_get(TextField.class, spec -> spec.withId("client-search")), "Hoek");
        assertThat(names(grid)).containsExactly("Aaltje Hoekstra");

        _setValue(_get(TextField.class, spec -> spec.withId("client-search")), "Bouzid");
        assertThat(_size(grid)).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_grid_shows_dutch_dates_and_statuses() {
        login("leefcoach");
        navigate("clienten");
        Grid<ClientRow> grid = _get(Grid.class, spec -> spec.withId("client-grid"));
        ClientRow first = _get(grid, 0);
        String dateCell = com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, 0, "dateOfBirth");
        assertThat(dateCell).matches("\\d{2}-\\d{2}-\\d{4}");
        String statusCell = com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, 0, "status");
        assertThat(statusCell).isIn("Aangemeld", "Actief", "Afgesloten");
        assertThat(first).isNotNull();
    }

    private static List<String> names(Grid<ClientRow> grid) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            names.add(_get(grid, i).fullName());
        }
        return names;
    }
}
