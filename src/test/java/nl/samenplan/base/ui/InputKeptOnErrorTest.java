package nl.samenplan.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.ui.PlanPage;
import nl.samenplan.security.AppUserRepository;
import nl.samenplan.security.Role;
import nl.samenplan.security.UserAdminService.TeamRow;
import nl.samenplan.testsupport.DatabaseOutage;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.testsupport.RivalTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A save that the database refuses for a reason of the moment (a row locked too long by someone else, a key taken
 * at the same instant, the database gone) says so in plain Dutch, and everything typed stays in the form, ready to be
 * saved again. Real database behaviour where it can be had: a lock held by a second connection, a rival transaction
 * inserting the same user name.
 */
@Import(DatabaseOutage.Config.class)
class InputKeptOnErrorTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private PlanService plans;
    @Autowired
    private PlanEditing editing;
    @Autowired
    private AppUserRepository users;
    @Autowired
    private DatabaseOutage outage;
    @Autowired
    private org.springframework.core.env.Environment environment;
    @Autowired
    private javax.sql.DataSource dataSource;
    private RivalTransaction.Factory rivals;

    @org.junit.jupiter.api.BeforeEach
    void rivals() {
        rivals = new RivalTransaction.Factory(environment, dataSource);
    }

    @AfterEach
    void databaseBack() {
        outage.end();
    }

    @Test
    void a_save_that_waits_too_long_for_a_row_lock_says_try_again_and_keeps_what_was_typed() throws Exception {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Slot");
        editing.save(clientId, 0, new PlanContent("Zelf koken.", null, null, null, null, null, null, null, null));
        navigate("clienten/" + clientId + "/plan");
        TextArea needs = _get(TextArea.class, spec -> spec.withId("plan-answer-needs"));
        _setValue(needs, "Iemand die op dinsdag meegaat naar de markt.");

        try (RivalTransaction rival = rivals.withLockWaitTimeoutOfOneSecond()) {
            rival.lock("SELECT id FROM plan WHERE client_id = " + clientId + " FOR UPDATE");
            clickAsTheBrowserDoes(_get(Button.class, spec -> spec.withId("plan-save")));
        }

        assertThat(notifications()).containsExactly("Het is even druk: uw wijziging is niet opgeslagen. Uw invoer "
                + "staat nog in het formulier; probeer over een paar seconden opnieuw op te slaan.");
        assertThat(currentView()).isInstanceOf(PlanPage.class);
        assertThat(_get(TextArea.class, spec -> spec.withId("plan-answer-needs")).getValue())
                .isEqualTo("Iemand die op dinsdag meegaat naar de markt.");
        assertThat(plans.revisions(clientId, org.springframework.data.domain.PageRequest.of(0, 10)).getTotalElements())
                .as("nothing was saved").isEqualTo(1);

        NotificationsKt.clearNotifications();
        clickAsTheBrowserDoes(_get(Button.class, spec -> spec.withId("plan-save")));
        assertThat(plans.revision(clientId, 2).content().answerNeeds())
                .as("saving again, once the lock is gone, saves what was typed")
                .isEqualTo("Iemand die op dinsdag meegaat naar de markt.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void two_administrators_saving_the_same_user_name_at_the_same_moment_get_a_dutch_message_and_keep_the_form()
            throws Exception {
        login("beheerder");
        navigate("beheer/gebruikers");
        String username = "gelijk." + System.nanoTime() % 100000;
        _click(_get(Button.class, spec -> spec.withId("user-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), "Lotte Veldman");
        _setValue(_get(Select.class, spec -> spec.withId("user-role")), Role.WIJKVERPLEEGKUNDIGE);
        ComboBox<TeamRow> team = _get(ComboBox.class, spec -> spec.withId("user-team"));
        _setValue(team, team.getListDataView().getItems().findFirst().orElseThrow());

        ExecutorService other = Executors.newSingleThreadExecutor();
        try (RivalTransaction rival = rivals.plain()) {
            rival.insertUserLike("leefcoach", username);   // not committed yet: the application cannot see it
            Future<Boolean> commitOnceWaitedFor = other.submit(rival::commitOnceSomeoneWaits);
            clickAsTheBrowserDoes(_get(Button.class, spec -> spec.withId("user-save")));
            assertThat(commitOnceWaitedFor.get(30, TimeUnit.SECONDS)).as("the save waited for the rival").isTrue();
        } finally {
            other.shutdownNow();
        }

        assertThat(notifications()).containsExactly("Iemand anders heeft op hetzelfde moment hetzelfde opgeslagen. "
                + "Uw invoer staat nog in het formulier: controleer het en sla opnieuw op.");
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("user-dialog")).isOpened())
                .as("the form is still open").isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("user-username")).getValue()).isEqualTo(username);
        assertThat(_get(TextField.class, spec -> spec.withId("user-display-name")).getValue()).isEqualTo("Lotte Veldman");
        assertThat(users.findByUsername(username)).as("only the rival's user").get()
                .satisfies(u -> assertThat(u.getDisplayName()).isNotEqualTo("Lotte Veldman"));
    }

    @Test
    void the_database_gone_during_a_save_says_so_in_dutch_and_keeps_what_was_typed() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Weg");
        navigate("clienten/" + clientId + "/plan");
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-answer-can-do-self")), "Zelf de was doen.");

        outage.begin();
        clickAsTheBrowserDoes(_get(Button.class, spec -> spec.withId("plan-save")));
        outage.end();

        assertThat(notifications()).containsExactly("De database is op dit moment niet bereikbaar, dus uw wijziging is "
                + "niet opgeslagen. Uw invoer staat nog in het formulier; probeer het over een minuut opnieuw.");
        assertThat(_get(TextArea.class, spec -> spec.withId("plan-answer-can-do-self")).getValue())
                .isEqualTo("Zelf de was doen.");
    }

    /**
     * Clicks as a browser's click reaches the server: an exception from the listener goes to the session's error
     * handler, as Vaadin's RPC handling does (Karibu would throw it into the test); then the round trip ends.
     */
    private static void clickAsTheBrowserDoes(Button button) {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(ErrorHandling.class);
        try {
            _click(button);
        } catch (RuntimeException e) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
        MockVaadin.clientRoundtrip();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(Notification::getElement)
                .map(e -> e.getProperty("text")).toList();
    }
}
