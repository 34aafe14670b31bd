package nl.samenplan.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.testsupport.DatabaseOutage;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Errors while a page opens get the Dutch error page inside the normal frame, never Vaadin's English page with the
 * root cause: an unknown plan version, a URL that cannot be read, the database gone.
 */
@Import(DatabaseOutage.Config.class)
class ErrorViewTest extends KaribuTest {

    /** What Vaadin's own error pages and a leaked exception would show. */
    private static final List<String> NEVER = List.of("Exception", "exception", "Could not navigate", "Internal",
            "No value present", "SQL", "JDBC", "Hikari", "Connection refused", "Caused by", "nl.samenplan", "java.");

    @Autowired
    private ClientService clients;
    @Autowired
    private PlanEditing editing;
    @Autowired
    private DatabaseOutage outage;

    @AfterEach
    void databaseBack() {
        outage.end();
    }

    @Test
    void an_unknown_plan_version_shows_the_rules_dutch_message_on_the_error_page() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Versie");
        editing.save(clientId, 0, new PlanContent("Zelf koken.", null, null, null, null, null, null, null, null));

        navigate("clienten/" + clientId + "/plan/versie/9999");

        assertThat(currentView()).isInstanceOf(ErrorView.class);
        assertThat(pageText()).contains("Niet gevonden", "Deze versie van het plan bestaat niet.", "Naar mijn startpagina");
        assertThat(NEVER).noneMatch(pageText()::contains);
        assertThat(_get(Anchor.class, spec -> spec.withId("error-view-home")).getHref()).isEmpty();
    }

    @Test
    void a_plan_version_that_is_not_a_number_is_unexpected_and_gets_a_reference_but_no_stack_trace() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Versie");

        navigate("clienten/" + clientId + "/plan/versie/eerste");

        assertThat(currentView()).isInstanceOf(ErrorView.class);
        assertThat(pageText()).contains("Er ging iets mis", "Deze pagina kon niet worden geopend.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-view-reference")).getText())
                .matches("Code voor de beheerder: [0-9a-f]{8}");
        assertThat(_get(Anchor.class, spec -> spec.withId("error-view-retry")).getHref())
                .isEqualTo("clienten/" + clientId + "/plan/versie/eerste");
        assertThat(NEVER).noneMatch(pageText()::contains);
    }

    @Test
    void the_database_gone_while_a_page_opens_says_in_dutch_that_it_cannot_be_reached_and_to_try_again() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Storing");

        outage.begin();
        navigate("clienten/" + clientId + "/netwerk");

        assertThat(currentView()).isInstanceOf(ErrorView.class);
        assertThat(pageText()).contains("De database is niet bereikbaar",
                "De gegevens kunnen op dit moment niet worden opgehaald, omdat de database niet bereikbaar is. "
                        + "Probeer het over een minuut opnieuw.", "Opnieuw proberen");
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-view-reference")).getText())
                .startsWith("Code voor de beheerder: ");
        assertThat(NEVER).noneMatch(pageText()::contains);
        assertThat(UiFrame.menuShown()).as("the normal frame, with its menu").isTrue();

        outage.end();
        navigate("clienten/" + clientId + "/netwerk");
        assertThat(currentView()).as("back once the database is").isNotInstanceOf(ErrorView.class);
    }

    @Test
    void in_english_the_error_page_is_english() {
        login("leefcoach");
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        long clientId = Fixtures.newClient(clients, "Storing");

        outage.begin();
        navigate("clienten/" + clientId + "/netwerk");

        assertThat(pageText()).contains("The database cannot be reached", "Try again");
    }

    @Test
    void a_client_that_does_not_exist_and_a_page_of_another_role_keep_their_own_pages() {
        login("leefcoach");
        navigate("clienten/99999999");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);

        login("vrijwilliger");
        navigate("beheer/gebruikers");
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void vaadins_own_message_for_a_broken_connection_is_dutch_too() {
        login("leefcoach");

        com.vaadin.flow.server.SystemMessages messages = com.vaadin.flow.server.VaadinService.getCurrent()
                .getSystemMessages(java.util.Locale.ENGLISH, com.vaadin.flow.server.VaadinRequest.getCurrent());

        assertThat(messages.getInternalErrorCaption()).isEqualTo("Er ging iets mis");
        assertThat(messages.getInternalErrorMessage()).startsWith("Neem eerst over wat u nog niet heeft opgeslagen.");
        assertThat(messages.getCookiesDisabledCaption()).isEqualTo("Cookies staan uit");
    }

    private static String pageText() {
        return currentView().getElement().getTextRecursively();
    }

    /** The frame around the page. */
    private static final class UiFrame {
        static boolean menuShown() {
            return currentView().findAncestor(MainLayout.class) != null;
        }
    }
}
