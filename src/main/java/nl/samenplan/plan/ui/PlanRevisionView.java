package nl.samenplan.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.ui.ClientFileLayout;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.PlanService.RevisionView;
import nl.samenplan.security.Permissions;

/** An earlier version of the plan, to read: the same sections as the plan page, nothing editable. */
@Route(value = "clienten/:clientId/plan/versie/:revision", layout = ClientFileLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR, Permissions.WIJKVERPLEEGKUNDIGE})
public class PlanRevisionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final CatalogService catalog;
    private final NetworkService network;
    private final Clock clock;
    private final nl.samenplan.security.TeamService team;
    private int revisionNo;

    public PlanRevisionView(PlanService plans, CatalogService catalog, NetworkService network, Clock clock,
            nl.samenplan.security.TeamService team) {
        this.team = team;
        this.plans = plans;
        this.catalog = catalog;
        this.network = network;
        this.clock = clock;
        addClassName("plan-page");
        addClassName("plan-revision");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long clientId = event.getRouteParameters().getLong(ClientFileLayout.PARAM).orElseThrow();
        revisionNo = event.getRouteParameters().getInteger("revision").orElseThrow();
        RevisionView revision = plans.revision(clientId, revisionNo);
        List<CatalogService.Item> areas = catalog.lifeAreas();
        removeAll();
        Paragraph banner = new Paragraph(getTranslation("plan.revision.banner", revision.revisionNo(),
                revision.authorName(), DutchFormats.DATE_TIME.format(revision.at().atZone(clock.getZone())),
                revision.currentRevisionNo()));
        banner.addClassName("revision-banner");
        banner.setId("revision-banner");
        UnorderedList changes = new UnorderedList();
        ChangeText.describe(this, revision.summary()).forEach(c -> changes.add(new ListItem(c)));
        changes.setId("revision-changes");
        Anchor current = new Anchor("clienten/" + clientId + "/plan", getTranslation("plan.revision.toCurrent"));
        AnswersSection answers = new AnswersSection();
        LifeAreaSection lifeAreas = new LifeAreaSection(areas);
        GoalsSection goals = new GoalsSection(areas);
        AgreementsSection agreements = new AgreementsSection(catalog.needCategories(), network.members(clientId),
                team.colleagues(), goals::current, categoryId -> "", null);
        ConsentSection consent = new ConsentSection(LocalDate.now(clock), 0); // read only: nothing to default
        answers.fill(revision.content());
        lifeAreas.fill(revision.content().scores(), java.util.Map.of(), null);
        goals.fill(revision.content().goals());
        agreements.fill(revision.content().agreements());
        consent.fill(revision.content());
        answers.setReadOnly(true);
        lifeAreas.setReadOnly(true);
        goals.setReadOnly(true);
        agreements.setReadOnly(true);
        consent.setReadOnly(true);
        add(banner, changes, current, answers, lifeAreas, goals, agreements, consent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.revision.title", revisionNo);
    }
}
