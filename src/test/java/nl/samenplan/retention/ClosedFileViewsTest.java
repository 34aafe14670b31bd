package nl.samenplan.retention;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A closed file shows no edit actions: the plan page and the details only read; the plan owner may reopen it. */
class ClosedFileViewsTest extends KaribuTest {

    private static final List<String> PLAN_EDITS = List.of("plan-save", "plan-save-bottom", "agreement-add",
            "goal-add");

    @Autowired
    private ClientService clients;

    @Test
    void the_plan_page_of_a_closed_file_has_no_edit_buttons_and_says_why() {
        login("leefcoach");
        FullFile files = new FullFile(context);
        FullFile.Made file = files.make("Planlezen");
        navigate("clienten/" + file.clientId() + "/plan");
        assertThat(PLAN_EDITS).as("an open file, for comparison")
                .allSatisfy(id -> assertThat(_find(Button.class, spec -> spec.withId(id))).isNotEmpty());

        files.close(file.clientId());
        navigate("clienten/" + file.clientId() + "/plan");

        assertThat(PLAN_EDITS).allSatisfy(id -> assertThat(_find(Button.class, spec -> spec.withId(id))).isEmpty());
        assertThat(_get(Paragraph.class, spec -> spec.withId("client-file-closed")).getText())
                .startsWith("Gesloten dossier (sinds ").endsWith("): alleen te lezen.");
    }

    @Test
    void the_details_of_a_closed_file_only_read_and_offer_to_reopen_it() {
        login("leefcoach");
        long clientId = nl.samenplan.testsupport.Fixtures.newClient(clients, "Gegevenslezen");
        navigate("clienten/" + clientId + "/gegevens");
        assertThat(_find(Button.class, spec -> spec.withId("client-reopen"))).as("an open file").isEmpty();
        @SuppressWarnings("unchecked")
        Select<ClientStatus> status = _get(Select.class, spec -> spec.withId("client-status"));
        _setValue(status, ClientStatus.AFGESLOTEN);
        _click(_get(Button.class, spec -> spec.withId("client-save")));
        assertThat(clients.get(clientId).closed()).as("not before the confirmation").isFalse();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("client-close-confirm")));
        assertThat(clients.get(clientId).closed()).isTrue();

        navigate("clienten/" + clientId + "/gegevens");

        assertThat(_find(Button.class, spec -> spec.withId("client-save"))).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("client-village")).getElement().getProperty("readonly",
                false)).isTrue();
        _click(_get(Button.class, spec -> spec.withId("client-reopen")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(clients.get(clientId).data().status()).isEqualTo(ClientStatus.ACTIEF);
        assertThat(_find(Button.class, spec -> spec.withId("client-save"))).as("open again").isNotEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withId("client-file-closed"))).isEmpty();
    }

    @Test
    void a_coordinator_sees_no_reopen_action() {
        login("coordinator");
        long clientId = as("leefcoach", () -> {
            long id = nl.samenplan.testsupport.Fixtures.newClient(clients, "Coordinator");
            new FullFile(context).close(id);
            return id;
        });
        navigate("clienten/" + clientId + "/gegevens");

        assertThat(_find(Button.class, spec -> spec.withId("client-reopen"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("client-save"))).isEmpty();
    }
}
