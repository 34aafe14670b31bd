package nl.samenplan.dashboard.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;

/**
 * A chart with its numbers one click away: a heading, the SVG, and a "Tabel" button that shows (or hides) the same
 * numbers in a grid.
 */
class ChartPanel extends Div {

    ChartPanel(String id, String title, String svgMarkup, List<String> headers, List<List<String>> rows) {
        setId(id);
        addClassNames("card", "chart-panel");
        Svg chart = new Svg(svgMarkup);
        chart.setId(id + "-chart");
        chart.addClassName("chart");
        Grid<List<String>> table = new Grid<>();
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            table.addColumn(row -> row.get(column)).setHeader(headers.get(i)).setAutoWidth(true);
        }
        table.setItems(rows);
        table.setAllRowsVisible(true);
        table.setId(id + "-table");
        table.setVisible(false);
        Button toggle = new Button(getTranslation("dashboard.table"), e -> {
            table.setVisible(!table.isVisible());
            e.getSource().setText(getTranslation(table.isVisible() ? "dashboard.chart" : "dashboard.table"));
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.setId(id + "-toggle");
        add(new H3(title), chart, toggle, table);
    }
}
