package nl.samenplan.security.ui;

import nl.samenplan.privacy.ui.PrivacyView;
import nl.samenplan.task.ui.MyTasksView;
import nl.samenplan.volunteer.ui.VolunteerRequestsView;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.stream.Stream;
import nl.samenplan.base.ui.AccessDeniedView;
import nl.samenplan.client.ui.ClientListView;
import nl.samenplan.dashboard.ui.DashboardView;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Per role: the menu, the landing page and direct URL access match what the role may use. */
class RoleAccessTest extends KaribuTest {

    private static final List<String> ALL_ROUTES =
            List.of("mijn-taken", "taken", "clienten", "clienten/nieuw", "goedkeuren", "te-herzien", "vrijwilligers",
                    "vrijwilligers/aanvragen", "mijn-profiel", "wachtlijst", "dashboard",
                    "beheer/gebruikers", "beheer/teams",
                    "beheer/catalogus", "beheer/instellingen", "beheer/voorzieningen",
                    "privacy", "privacy/gebruikers", "privacy/controle", "privacy/toegang",
                    "mijn-account");

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of("leefcoach", ClientListView.class,
                        List.of("Mijn taken", "Cliënten", "Teamtaken", "Goedkeuren", "Te herzien", "Wachtlijst",
                                "Mijn gegevens"),
                        List.of("mijn-taken", "taken", "clienten", "clienten/nieuw", "goedkeuren", "te-herzien",
                                "wachtlijst", "mijn-account")),
                Arguments.of("dorpsregisseur", ClientListView.class,
                        List.of("Mijn taken", "Cliënten", "Teamtaken", "Goedkeuren", "Te herzien", "Wachtlijst",
                                "Mijn gegevens"),
                        List.of("mijn-taken", "taken", "clienten", "clienten/nieuw", "goedkeuren", "te-herzien",
                                "wachtlijst", "mijn-account")),
                Arguments.of("wijkverpleegkundige", MyTasksView.class,
                        List.of("Mijn taken", "Cliënten", "Goedkeuren", "Te herzien", "Wachtlijst", "Mijn gegevens"),
                        List.of("mijn-taken", "clienten", "clienten/nieuw", "goedkeuren", "te-herzien", "wachtlijst",
                                "mijn-account")),
                Arguments.of("coordinator", VolunteerRequestsView.class,
                        List.of("Mijn taken", "Hulpvragen voor vrijwilligers", "Vrijwilligers", "Mijn gegevens"),
                        List.of("mijn-taken", "vrijwilligers", "vrijwilligers/aanvragen", "mijn-account")),
                Arguments.of("vrijwilliger", MyTasksView.class, List.of("Mijn taken", "Mijn profiel", "Mijn gegevens"),
                        List.of("mijn-taken", "mijn-profiel", "mijn-account")),
                Arguments.of("manager", DashboardView.class, List.of("Dashboard", "Mijn gegevens"),
                        List.of("dashboard", "mijn-account")),
                Arguments.of("beheerder", UserAdminView.class,
                        List.of("Gebruikers", "Teams en organisaties", "Catalogus", "Instellingen",
                                "Algemene voorzieningen", "Controle van het logboek", "Mijn gegevens"),
                        List.of("beheer/gebruikers", "beheer/teams", "beheer/catalogus", "beheer/instellingen",
                                "beheer/voorzieningen", "privacy/controle", "mijn-account")),
                Arguments.of("privacy", PrivacyView.class,
                        List.of("Privacy", "Rapport per gebruiker", "Controle van het logboek", "Mijn gegevens",
                                "Toegang verleend"),
                        List.of("privacy", "privacy/gebruikers", "privacy/controle", "privacy/toegang",
                                "mijn-account")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void each_role_lands_on_its_own_page_and_its_menu_shows_only_what_it_may_use(String username,
            Class<? extends Component> landing, List<String> menu, List<String> allowed) {
        login(username);
        navigate("");

        assertThat(currentView()).isInstanceOf(landing);
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).containsExactlyElementsOf(menu);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void typing_the_url_of_a_page_outside_the_role_shows_the_dutch_no_access_page(String username,
            Class<? extends Component> landing, List<String> menu, List<String> allowed) {
        login(username);
        for (String route : ALL_ROUTES) {
            navigate(route);
            if (allowed.contains(route)) {
                assertThat(currentView()).as(route).isNotInstanceOf(AccessDeniedView.class);
            } else {
                assertThat(currentView()).as(route).isInstanceOf(AccessDeniedView.class);
                assertThat(currentView().getElement().getTextRecursively()).contains("Geen toegang");
                assertThat(_get(H1.class, spec -> spec.withClasses("view-title")).getText()).isEqualTo("Geen toegang");
            }
        }
    }
}
