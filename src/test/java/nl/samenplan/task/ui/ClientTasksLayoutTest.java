package nl.samenplan.task.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import nl.samenplan.client.ClientService;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12, finding 10: the client's Taken grid fits a 768 px tablet. No column but the date takes the width of
 * its longest text; together the others need at most 36rem, which leaves room for the dates in the 46rem that the
 * client file has on a tablet, and every cell wraps instead of being cut off (LayoutBrowserTest measures it).
 */
class ClientTasksLayoutTest extends KaribuTest {

    @Autowired
    private ClientService clients;

    @Test
    void all_six_columns_of_a_clients_tasks_fit_a_tablet_because_they_wrap_within_a_narrow_width() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Smal");
        navigate("clienten/" + clientId + "/taken");

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("client-task-grid"));
        assertThat(grid.getColumns()).extracting(Grid.Column::getKey)
                .containsExactly("due", "what", "assignee", "status", "note", "changed");
        assertThat(grid.getColumns().subList(1, 6)).allSatisfy(column -> {
            assertThat(column.isAutoWidth()).as(column.getKey() + " as wide as its longest text").isFalse();
            assertThat(column.getWidth()).as(column.getKey()).endsWith("rem");
            assertThat(column.getFlexGrow()).as(column.getKey() + " grows with the room there is").isPositive();
        });
        double needed = grid.getColumns().subList(1, 6).stream()
                .mapToDouble(c -> Double.parseDouble(c.getWidth().replace("rem", ""))).sum();
        assertThat(needed).as("the width the columns after the date need, in rem").isLessThanOrEqualTo(36);
        assertThat(grid.getThemeNames()).contains("wrap-cell-content");
    }
}
