package nl.samenplan.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import nl.samenplan.plan.Translator;
import nl.samenplan.privacy.ReportLine;
import nl.samenplan.privacy.ReportTexts;

/**
 * The lines of an access report as a grid of few columns that wrap, so that it reads on a phone: when, what (with a
 * refusal marked), who with role and organisation, and in a user's report the client.
 */
final class ReportGrid {

    private ReportGrid() {
    }

    static Grid<ReportLine> of(Component owner, boolean withClient) {
        Translator t = owner::getTranslation;
        Grid<ReportLine> grid = new Grid<>(ReportLine.class, false);
        grid.addColumn(line -> ReportTexts.when(line.at())).setHeader(t.get("access.field.when")).setKey("when")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(line -> what(line, t)).setHeader(t.get("access.field.what")).setKey("what")
                .setFlexGrow(2);
        if (withClient) {
            grid.addColumn(line -> line.clientName() == null ? "" : line.clientName())
                    .setHeader(t.get("access.field.client")).setKey("client").setFlexGrow(1);
        } else {
            grid.addComponentColumn(line -> who(line, t)).setHeader(t.get("access.field.who")).setKey("who")
                    .setFlexGrow(2);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateComponent(new Span(t.get("access.report.empty")));
        grid.setId("report-grid");
        grid.setSizeFull();
        return grid;
    }

    private static Component what(ReportLine line, Translator t) {
        Div cell = new Div(new Span(ReportTexts.what(line, t)));
        Span outcome = new Span(ReportTexts.outcome(line, t));
        outcome.getElement().getThemeList().add(line.refused() ? "badge error small" : "badge success small");
        outcome.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
        cell.add(outcome);
        return cell;
    }

    private static Component who(ReportLine line, Translator t) {
        Div cell = new Div(new Span(ReportTexts.who(line, t)));
        String role = ReportTexts.roleAndOrganisation(line, t);
        if (!role.isEmpty()) {
            Div small = new Div(role);
            small.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            cell.add(small);
        }
        return cell;
    }
}
