package nl.samenplan.privacy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.TimeConfig;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.client.ClientService.ReportSubject;
import nl.samenplan.privacy.AccessReports;
import nl.samenplan.privacy.AvgExport;
import nl.samenplan.privacy.ReportLine;
import nl.samenplan.privacy.ReportPeriod;
import nl.samenplan.security.Permissions;

/**
 * Inzage: who looked at and who changed this client's file, in a period, newest first; as a PDF in plain Dutch; and
 * the export of everything held on the client (AVG art. 15 and 20) as PDF and JSON. For the client's plan owner and
 * the privacy officer; the service refuses anyone else.
 */
@Route(value = "clienten/:clientId/inzage", layout = MainLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR, Permissions.WIJKVERPLEEGKUNDIGE,
        Permissions.PRIVACY})
public class AccessReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccessReports reports;
    private final AvgExport export;
    private final Clock clock;
    private String title = "";
    /** The period chosen on the screen, for the download (which runs without the UI's lock). */
    private volatile ReportPeriod chosen;

    public AccessReportView(AccessReports reports, AvgExport export, Clock clock) {
        this.reports = reports;
        this.export = export;
        this.clock = clock;
        addClassName("list-view");
        addClassName("access-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long clientId = event.getRouteParameters().getLong("clientId").orElse(null);
        if (clientId == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        ReportSubject client;
        try {
            client = reports.subject(clientId);
        } catch (BusinessRuleException e) {
            if (!"error.client.notFound".equals(e.messageKey())) {
                throw e;
            }
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = getTranslation("access.report.title", client.fullName());
        show(client);
    }

    private void show(ReportSubject client) {
        removeAll();
        H2 heading = new H2(title);
        heading.setId("report-title");
        Paragraph about = new Paragraph(getTranslation("access.report.about",
                DutchFormats.date(client.dateOfBirth()), client.village()));
        Paragraph explanation = new Paragraph(getTranslation("access.report.explanation"));
        explanation.addClassName("report-explanation");
        PeriodFilter period = new PeriodFilter(LocalDate.now(clock.withZone(TimeConfig.ZONE)));
        Grid<ReportLine> grid = ReportGrid.of(this, false);
        chosen = period.period();
        period.onChange(() -> {
            chosen = period.period();
            grid.getDataProvider().refreshAll();
        });
        grid.setItems(query -> reports.clientReport(client.id(), period.period(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        Locale locale = getLocale(); // the downloads run outside the UI's lock: nothing of the UI is read there
        Anchor pdf = download("report-pdf", "access.report.pdf", "inzage-" + client.id() + ".pdf",
                "application/pdf", () -> reports.clientReportPdf(client.id(), chosen, locale));
        Anchor exportPdf = download("export-pdf", "access.export.pdf", "gegevens-" + client.id() + ".pdf",
                "application/pdf", () -> export.pdf(client.id(), locale));
        Anchor exportJson = download("export-json", "access.export.json", "gegevens-" + client.id() + ".json",
                "application/json", () -> export.json(client.id()));
        Div downloads = new Div(pdf, exportPdf, exportJson);
        downloads.addClassName("report-downloads");
        downloads.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        add(heading, about, explanation, period, downloads, grid);
    }

    private Anchor download(String id, String labelKey, String fileName, String type, Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length);
        }), getTranslation(labelKey));
        anchor.getElement().setAttribute("download", true);
        anchor.setId(id);
        anchor.addClassName("pdf-link");
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
