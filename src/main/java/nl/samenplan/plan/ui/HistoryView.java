package nl.samenplan.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.audit.AuditLog.Entry;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.client.ui.ClientFileLayout;
import nl.samenplan.security.Permissions;

/** Geschiedenis: who changed what and when; every plan save links to that version of the plan. */
@Route(value = "clienten/:clientId/geschiedenis", layout = ClientFileLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR, Permissions.WIJKVERPLEEGKUNDIGE})
public class HistoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AuditLog auditLog;
    private final Clock clock;
    private final nl.samenplan.plan.PlanService plans;
    private java.util.Map<Integer, Integer> partOfVersion = java.util.Map.of();
    private final Grid<Entry> grid = new Grid<>();
    private long clientId;

    public HistoryView(AuditLog auditLog, Clock clock, nl.samenplan.plan.PlanService plans) {
        this.auditLog = auditLog;
        this.clock = clock;
        this.plans = plans;
        addClassName("history-view");
        grid.addColumn(e -> DutchFormats.DATE_TIME.format(e.at().atZone(clock.getZone())))
                .setHeader(getTranslation("history.when")).setAutoWidth(true).setFlexGrow(0).setKey("when");
        grid.addColumn(this::who).setHeader(getTranslation("history.who")).setAutoWidth(true).setKey("who");
        grid.addComponentColumn(this::what).setHeader(getTranslation("history.what")).setFlexGrow(3).setKey("what");
        grid.setEmptyStateComponent(new Span(getTranslation("history.empty")));
        grid.setId("history-grid");
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        Paragraph intro = new Paragraph(getTranslation("history.intro"));
        intro.addClassName("intro");
        add(intro, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        clientId = event.getRouteParameters().getLong(ClientFileLayout.PARAM).orElseThrow();
        partOfVersion = plans.versionsOfFoldedRevisions(clientId);
        grid.setItems(query -> auditLog.history(clientId, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    private String who(Entry entry) {
        return entry.actorUsername() == null ? entry.actorName()
                : getTranslation("history.actor", entry.actorName(), entry.actorUsername());
    }

    private Component what(Entry entry) {
        Div cell = new Div();
        cell.addClassName("history-what");
        cell.add(new Span(getTranslation(entry.action(), detail(entry))));
        if (entry.planRevision() != null) {
            // an accepted proposal that is part of a later version (accepted in a row) links to that version
            int revision = partOfVersion.getOrDefault(entry.planRevision(), entry.planRevision());
            Anchor version = new Anchor("clienten/" + clientId + "/plan/versie/" + revision,
                    getTranslation("history.readVersion", revision));
            version.addClassName("history-version");
            cell.add(version);
        }
        return cell;
    }

    /** The detail as words: field keys, plan changes, or a name as it is. */
    private String detail(Entry entry) {
        String detail = entry.detail();
        if (detail == null || detail.isBlank()) {
            return "";
        }
        if (entry.action().startsWith("history.plan.")) {
            return String.join("; ", ChangeText.describe(this, detail));
        }
        if (entry.action().equals("history.client.changed") || entry.action().equals("history.client.followsPlan")) {
            return Arrays.stream(detail.split(",")).map(this::getTranslation).collect(Collectors.joining(", "));
        }
        return detail;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clientFile.tab.history");
    }
}
