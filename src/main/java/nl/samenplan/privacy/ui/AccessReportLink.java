package nl.samenplan.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import nl.samenplan.client.ui.ClientOverviewSection;
import nl.samenplan.privacy.AccessReports;
import nl.samenplan.security.CurrentUser;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** On the Overzicht, for the plan owner: "Wie heeft dit dossier ingezien?", to the client's access report. */
@SpringComponent
class AccessReportLink implements ClientOverviewSection {

    private final AccessReports reports;

    AccessReportLink(AccessReports reports) {
        this.reports = reports;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Optional<Component> create(long clientId) {
        boolean mayWriteFiles = CurrentUser.find().map(u -> u.role().writesClientFiles()).orElse(false);
        if (!mayWriteFiles || !reports.mayProduce(clientId)) {
            return Optional.empty();
        }
        Anchor link = new Anchor("clienten/" + clientId + "/inzage", "");
        link.add(VaadinIcon.EYE.create());
        link.add(" " + link.getTranslation("access.link"));
        link.setId("access-report-link");
        Section section = new Section(new H3(link.getTranslation("access.link.heading")),
                new Paragraph(link.getTranslation("access.link.text")), link);
        section.addClassName("card");
        section.setId("access-report-section");
        return Optional.of(section);
    }
}
