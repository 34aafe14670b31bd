package nl.samenplan.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.function.Function;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.dashboard.DashboardCsv;
import nl.samenplan.dashboard.DashboardPdf;
import nl.samenplan.dashboard.DashboardService;
import nl.samenplan.dashboard.DashboardService.Figures;
import nl.samenplan.dashboard.DashboardService.Filter;
import nl.samenplan.security.Permissions;

/**
 * The manager's dashboard: aggregate figures only, never a client name and never a link into a client file. Filters
 * on team, village and period; figures compared with the period before and a baseline; charts with their numbers
 * one click away; the funders' exports (CSV and PDF) with small counts hidden.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@RolesAllowed(Permissions.MANAGER)
@Menu(title = "menu.dashboard", order = 50, icon = "vaadin:chart")
public class DashboardView extends Main implements HasDynamicTitle {

    private final DashboardService dashboard;
    private final DashboardFilters filters;
    private final Div content = new Div();

    public DashboardView(DashboardService dashboard) {
        this.dashboard = dashboard;
        addClassName("dashboard-view");
        Filter start = dashboard.defaultFilter();
        filters = new DashboardFilters(dashboard.teams(), start, this::show);
        content.setId("dashboard-content");
        add(filters, exports(), content);
        show(start);
    }

    private Div exports() {
        Anchor csv = download("dashboard-csv", "dashboard.export.csv", "samenplan-cijfers.csv", "text/csv",
                filter -> DashboardCsv.write(dashboard.export(filter), this::getTranslation));
        Anchor pdf = download("dashboard-pdf", "dashboard.export.pdf", "samenplan-cijfers.pdf", "application/pdf",
                filter -> DashboardPdf.render(dashboard.export(filter), this::getTranslation));
        Div bar = new Div(csv, pdf, new Paragraph(getTranslation("dashboard.export.help")));
        bar.addClassName("dashboard-exports");
        return bar;
    }

    private Anchor download(String id, String labelKey, String fileName, String type, Function<Filter, byte[]> bytes) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] data = bytes.apply(filters.value());
            return new DownloadResponse(new ByteArrayInputStream(data), fileName, type, data.length);
        }), getTranslation(labelKey));
        link.getElement().setAttribute("download", true);
        link.setId(id);
        link.addClassName("pdf-link");
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        return link;
    }

    private void show(Filter filter) {
        if (updatingVillages) {
            return;
        }
        if (!java.util.Objects.equals(filter.teamId(), shownTeam)) {
            shownTeam = filter.teamId();
            updatingVillages = true;
            try {
                filters.setVillages(dashboard.villages(filter.teamId()));
            } finally {
                updatingVillages = false;
            }
            filter = filters.value();
        }
        Figures figures = dashboard.figures(filter);
        content.removeAll();
        H2 period = new H2(getTranslation("dashboard.periodHeading", DutchFormats.date(filter.period().start()),
                DutchFormats.date(filter.period().end())));
        period.setId("dashboard-period");
        Paragraph compare = new Paragraph(getTranslation("dashboard.compareWith",
                DutchFormats.date(figures.previous().period().start()), DutchFormats.date(figures.previous().period().end()),
                DutchFormats.date(figures.baseline().period().start()), DutchFormats.date(figures.baseline().period().end())));
        content.add(period, compare, new FigureCards(figures), new DashboardCharts(figures));
    }

    private Long shownTeam = Long.MIN_VALUE;
    private boolean updatingVillages;

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
