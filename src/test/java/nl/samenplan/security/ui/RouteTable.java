package nl.samenplan.security.ui;

import com.vaadin.flow.component.Component;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenplan.audit.ui.RoleGrantsView;
import nl.samenplan.catalog.ui.CatalogAdminView;
import nl.samenplan.catalog.ui.GeneralProvisionsView;
import nl.samenplan.catalog.ui.SettingsView;
import nl.samenplan.client.ui.ClientDetailsView;
import nl.samenplan.client.ui.ClientListView;
import nl.samenplan.client.ui.ClientOverviewView;
import nl.samenplan.client.ui.NetworkView;
import nl.samenplan.client.ui.NewClientView;
import nl.samenplan.dashboard.ui.DashboardView;
import nl.samenplan.plan.ui.ApprovalInboxView;
import nl.samenplan.plan.ui.HistoryView;
import nl.samenplan.plan.ui.PlanPage;
import nl.samenplan.plan.ui.PlanRevisionView;
import nl.samenplan.privacy.ui.AccessReportView;
import nl.samenplan.privacy.ui.ChainCheckView;
import nl.samenplan.privacy.ui.PrivacyView;
import nl.samenplan.privacy.ui.UserReportView;
import nl.samenplan.task.ui.ClientTasksView;
import nl.samenplan.task.ui.MyTasksView;
import nl.samenplan.task.ui.TaskDetailView;
import nl.samenplan.task.ui.TeamTasksView;
import nl.samenplan.volunteer.ui.MyProfileView;
import nl.samenplan.volunteer.ui.VolunteerListView;
import nl.samenplan.volunteer.ui.VolunteerRequestsView;
import nl.samenplan.waitinglist.ui.WaitingListView;
import nl.samenplan.workflow.ui.MdoView;
import nl.samenplan.workflow.ui.NeedsView;
import nl.samenplan.workflow.ui.ReviewsView;

/**
 * What each role may open, written out by hand from DOMAIN.md and the issue (not read from the views' annotations,
 * which are what the matrix checks): per route, its page and the demo accounts that see it. Everyone else who is
 * logged in gets "Geen toegang"; anonymous visitors get the log-in page.
 */
final class RouteTable {

    static final List<String> ROLES = List.of("leefcoach", "dorpsregisseur", "wijkverpleegkundige", "coordinator",
            "vrijwilliger", "manager", "beheerder", "privacy");

    /** The landing page of each role (the root address and the log-in page send a logged-in user there). */
    static final Map<String, Class<? extends Component>> LANDING = Map.of(
            "leefcoach", ClientListView.class, "dorpsregisseur", ClientListView.class,
            "wijkverpleegkundige", MyTasksView.class, "coordinator", VolunteerRequestsView.class,
            "vrijwilliger", MyTasksView.class, "manager", DashboardView.class,
            "beheerder", UserAdminView.class, "privacy", PrivacyView.class);

    private static final Set<String> FILE_ROLES = Set.of("leefcoach", "dorpsregisseur", "wijkverpleegkundige");
    private static final Set<String> ALL = Set.copyOf(ROLES);

    /** A route: its page and who sees it. */
    record Expected(Class<? extends Component> page, Set<String> roles) {
    }

    static final Map<String, Expected> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("", new Expected(HomeView.class, ALL));
        ROUTES.put("login", new Expected(LoginView.class, ALL));
        ROUTES.put("mijn-account", new Expected(MyAccountView.class, ALL));
        ROUTES.put("mijn-taken", new Expected(MyTasksView.class, Set.of("leefcoach", "dorpsregisseur",
                "wijkverpleegkundige", "coordinator", "vrijwilliger")));
        ROUTES.put("taken", new Expected(TeamTasksView.class, Set.of("leefcoach", "dorpsregisseur")));
        ROUTES.put("clienten", new Expected(ClientListView.class, FILE_ROLES));
        ROUTES.put("clienten/nieuw", new Expected(NewClientView.class, FILE_ROLES));
        ROUTES.put("goedkeuren", new Expected(ApprovalInboxView.class, FILE_ROLES));
        ROUTES.put("te-herzien", new Expected(ReviewsView.class, FILE_ROLES));
        ROUTES.put("wachtlijst", new Expected(WaitingListView.class, FILE_ROLES));
        ROUTES.put("vrijwilligers", new Expected(VolunteerListView.class, Set.of("coordinator")));
        ROUTES.put("vrijwilligers/aanvragen", new Expected(VolunteerRequestsView.class, Set.of("coordinator")));
        ROUTES.put("mijn-profiel", new Expected(MyProfileView.class, Set.of("vrijwilliger")));
        ROUTES.put("dashboard", new Expected(DashboardView.class, Set.of("manager")));
        ROUTES.put("beheer/gebruikers", new Expected(UserAdminView.class, Set.of("beheerder")));
        ROUTES.put("beheer/teams", new Expected(TeamAdminView.class, Set.of("beheerder")));
        ROUTES.put("beheer/catalogus", new Expected(CatalogAdminView.class, Set.of("beheerder")));
        ROUTES.put("beheer/instellingen", new Expected(SettingsView.class, Set.of("beheerder")));
        ROUTES.put("beheer/voorzieningen", new Expected(GeneralProvisionsView.class, Set.of("beheerder")));
        ROUTES.put("privacy", new Expected(PrivacyView.class, Set.of("privacy")));
        ROUTES.put("privacy/gebruikers", new Expected(UserReportView.class, Set.of("privacy")));
        ROUTES.put("privacy/toegang", new Expected(RoleGrantsView.class, Set.of("privacy")));
        ROUTES.put("privacy/controle", new Expected(ChainCheckView.class, Set.of("privacy", "beheerder")));
        // the client file: the roles that work with files, of their own team
        ROUTES.put("clienten/:clientId", new Expected(ClientOverviewView.class, FILE_ROLES));
        ROUTES.put("clienten/:clientId/overzicht", new Expected(ClientOverviewView.class, FILE_ROLES));
        ROUTES.put("clienten/:clientId/gegevens", new Expected(ClientDetailsView.class, FILE_ROLES));
        ROUTES.put("clienten/:clientId/netwerk", new Expected(NetworkView.class, FILE_ROLES));
        ROUTES.put("clienten/:clientId/plan", new Expected(PlanPage.class, FILE_ROLES));
        ROUTES.put("clienten/:clientId/plan/versie/:revision", new Expected(PlanRevisionView.class, FILE_ROLES));
        ROUTES.put("clienten/:clientId/hulpvragen", new Expected(NeedsView.class, FILE_ROLES));
        ROUTES.put("clienten/:clientId/mdo", new Expected(MdoView.class, FILE_ROLES));
        ROUTES.put("clienten/:clientId/taken", new Expected(ClientTasksView.class, FILE_ROLES));
        ROUTES.put("clienten/:clientId/geschiedenis", new Expected(HistoryView.class, FILE_ROLES));
        // the access report of one client: the plan owner's roles (the report itself lets only the plan owner
        // through) and the privacy officer, who answers for every team
        ROUTES.put("clienten/:clientId/inzage", new Expected(AccessReportView.class, Set.of("leefcoach",
                "dorpsregisseur", "wijkverpleegkundige", "privacy")));
        // one task: whoever has tasks; a volunteer and the coordinator only their own
        ROUTES.put("taak/:taskId", new Expected(TaskDetailView.class, Set.of("leefcoach", "dorpsregisseur",
                "wijkverpleegkundige", "coordinator", "vrijwilliger")));
    }

    private RouteTable() {
    }
}
