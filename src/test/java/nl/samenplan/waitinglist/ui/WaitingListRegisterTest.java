package nl.samenplan.waitinglist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.client.ClientService;
import nl.samenplan.testsupport.AnotherUser;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.waitinglist.LeaveReason;
import nl.samenplan.waitinglist.WaitingListData;
import nl.samenplan.waitinglist.WaitingListService;
import nl.samenplan.waitinglist.WaitingListService.EntryView;
import nl.samenplan.waitinglist.WaitingListType;
import nl.samenplan.waitinglist.WaitingStatus;
import nl.samenplan.waitinglist.WaitingUrgency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The team's waiting-list register: on, status changes, off with a reason, and back again, all kept. */
@SuppressWarnings("unchecked")
class WaitingListRegisterTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private WaitingListService waitingList;

    @Test
    void a_client_is_put_on_the_list_changes_status_and_leaves_to_stay_at_home_from_the_overview() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Wachtlijst");
        LocalDate today = LocalDate.now(clock);
        navigate("clienten/" + clientId + "/overzicht");
        assertThat(status()).isEqualTo("Staat niet op de wachtlijst.");

        _click(_get(Button.class, spec -> spec.withId("waiting-list-put-on")));
        _get(DatePicker.class, spec -> spec.withId("waitinglist-placed-on")).setValue(today.minusDays(40));
        _get(DatePicker.class, spec -> spec.withId("waitinglist-indication")).setValue(today.minusDays(50));
        _click(_get(Button.class, spec -> spec.withId("waitinglist-save")));
        assertThat(status()).startsWith("Actief wachtend sinds").contains("Verpleeghuis, Normaal");

        _click(_get(Button.class, spec -> spec.withId("waiting-list-change")));
        ((Select<WaitingStatus>) _get(Select.class, spec -> spec.withId("waitinglist-status")))
                .setValue(WaitingStatus.VOORLOPIG_NIET);
        _get(DatePicker.class, spec -> spec.withId("waitinglist-status-on")).setValue(today.minusDays(10));
        _click(_get(Button.class, spec -> spec.withId("waitinglist-save")));
        assertThat(status()).startsWith("Voorlopig niet sinds");

        _click(_get(Button.class, spec -> spec.withId("waiting-list-leave")));
        _click(_get(Button.class, spec -> spec.withId("waitinglist-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("waitinglist-error")).getText())
                .isEqualTo("Kies waarom de cliënt van de wachtlijst af gaat.");
        ((RadioButtonGroup<LeaveReason>) _get(RadioButtonGroup.class, spec -> spec.withId("waitinglist-reason")))
                .setValue(LeaveReason.BLIJFT_THUIS);
        _click(_get(Button.class, spec -> spec.withId("waitinglist-save")));

        assertThat(status()).isEqualTo("Staat niet op de wachtlijst.");
        EntryView period = waitingList.ofClient(clientId).get(0);
        assertThat(period.leftOn()).isEqualTo(today);
        assertThat(period.leaveReason()).isEqualTo(LeaveReason.BLIJFT_THUIS);
        assertThat(period.history()).extracting(WaitingListService.EventLine::status).containsExactly(
                WaitingStatus.ACTIEF_WACHTEND, WaitingStatus.VOORLOPIG_NIET, WaitingStatus.AFGEMELD);
        assertThat(_get(Section.class, spec -> spec.withId("waiting-list")).getElement().getTextRecursively())
                .contains("Van de lijst: Blijft thuis met ondersteuning");
    }

    @Test
    void a_client_can_come_back_on_the_list_later_and_both_periods_are_kept() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Terug");
        LocalDate today = LocalDate.now(clock);
        long first = waitingList.putOn(clientId, data(today.minusYears(1)), null);
        waitingList.leave(first, 0, LeaveReason.NIET_MEER_NODIG, today.minusMonths(6), "Knapte op");
        waitingList.putOn(clientId, data(today.minusMonths(1)), "Weer achteruit gegaan");

        List<EntryView> periods = waitingList.ofClient(clientId);
        assertThat(periods).hasSize(2);
        assertThat(periods.get(0).open()).isTrue();
        assertThat(periods.get(1).leaveReason()).isEqualTo(LeaveReason.NIET_MEER_NODIG);
        assertThat(waitingList.current(clientId)).isPresent();
    }

    @Test
    void dates_in_the_future_or_before_the_last_change_are_refused_and_nothing_changes() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Datum");
        LocalDate today = LocalDate.now(clock);
        long id = waitingList.putOn(clientId, data(today.minusDays(20)), null);
        navigate("clienten/" + clientId + "/overzicht");
        _click(_get(Button.class, spec -> spec.withId("waiting-list-change")));
        ((Select<WaitingStatus>) _get(Select.class, spec -> spec.withId("waitinglist-status")))
                .setValue(WaitingStatus.WENSWACHTEND);
        _get(DatePicker.class, spec -> spec.withId("waitinglist-status-on")).setValue(today.minusDays(30));
        _click(_get(Button.class, spec -> spec.withId("waitinglist-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("waitinglist-error")).getText())
                .startsWith("Die datum ligt vóór de laatste wijziging");
        assertThat(waitingList.current(clientId).orElseThrow().status()).isEqualTo(WaitingStatus.ACTIEF_WACHTEND);
        assertThat(id).isPositive();
    }

    @Test
    void a_status_change_on_a_period_someone_else_changed_meanwhile_is_refused_with_who_and_the_input_stays() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Gelijktijdig");
        LocalDate today = LocalDate.now(clock);
        long id = waitingList.putOn(clientId, data(today.minusDays(20)), null);
        navigate("clienten/" + clientId + "/overzicht");
        _click(_get(Button.class, spec -> spec.withId("waiting-list-change")));
        ((Select<WaitingStatus>) _get(Select.class, spec -> spec.withId("waitinglist-status")))
                .setValue(WaitingStatus.WENSWACHTEND);
        TextArea note = _get(TextArea.class, spec -> spec.withId("waitinglist-note"));
        note.setValue("Wil naar De Veenhoeve");

        // meanwhile the dorpsregisseur sets the status from her own screen
        new AnotherUser(userDetailsService).does("dorpsregisseur", () -> waitingList.changeStatus(id, 0,
                WaitingStatus.VOORLOPIG_NIET, today.minusDays(2), "Gaat weer beter"));

        _click(_get(Button.class, spec -> spec.withId("waitinglist-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("waitinglist-error")).getText())
                .startsWith("Deze wachtlijstregel is intussen gewijzigd door Grietje Bakker. Er is niets opgeslagen"
                        + " en uw invoer staat nog in het venster.");
        assertThat(note.getValue()).isEqualTo("Wil naar De Veenhoeve");
        assertThat(waitingList.current(clientId).orElseThrow().status()).isEqualTo(WaitingStatus.VOORLOPIG_NIET);
    }

    @Test
    void a_new_period_that_would_start_before_the_previous_one_ended_is_explained_in_the_dialog() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Eerder");
        LocalDate today = LocalDate.now(clock);
        long first = waitingList.putOn(clientId, data(today.minusDays(60)), null);
        waitingList.leave(first, 0, LeaveReason.BLIJFT_THUIS, today.minusDays(10), null);
        navigate("clienten/" + clientId + "/overzicht");

        _click(_get(Button.class, spec -> spec.withId("waiting-list-put-on")));
        DatePicker placedOn = _get(DatePicker.class, spec -> spec.withId("waitinglist-placed-on"));
        placedOn.setValue(today.minusDays(20));
        _click(_get(Button.class, spec -> spec.withId("waitinglist-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("waitinglist-error")).getText())
                .isEqualTo("De vorige periode op de wachtlijst eindigde op " + DutchFormats.date(today.minusDays(10))
                        + ". Een nieuwe periode kan niet eerder beginnen: kies die datum of later.");
        assertThat(placedOn.getValue()).isEqualTo(today.minusDays(20));
        assertThat(waitingList.ofClient(clientId)).hasSize(1);

        placedOn.setValue(today.minusDays(10));
        _click(_get(Button.class, spec -> spec.withId("waitinglist-save")));
        assertThat(waitingList.current(clientId)).isPresent();
    }

    @Test
    void the_team_list_shows_who_waits_longest_first_and_can_include_who_left() {
        login("leefcoach");
        LocalDate today = LocalDate.now(clock);
        long waiting = Fixtures.newClient(clients, "Lijstwacht");
        long left = Fixtures.newClient(clients, "Lijstaf");
        waitingList.putOn(waiting, data(today.minusDays(5)), null);
        long leftEntry = waitingList.putOn(left, data(today.minusDays(8)), null);
        waitingList.leave(leftEntry, 0, LeaveReason.OPGENOMEN, today.minusDays(1), null);

        navigate("wachtlijst");
        Grid<WaitingListService.ListRow> grid = _get(Grid.class, spec -> spec.withId("waitinglist-grid"));
        List<Long> shown = rows(grid);
        assertThat(shown).contains(waiting).doesNotContain(left);
        _get(Checkbox.class, spec -> spec.withId("waitinglist-include-left")).setValue(true);
        assertThat(rows(grid)).contains(waiting, left);
        ((Select<WaitingStatus>) _get(Select.class, spec -> spec.withId("waitinglist-status-filter")))
                .setValue(WaitingStatus.AFGEMELD);
        assertThat(rows(grid)).contains(left).doesNotContain(waiting);
    }

    private static List<Long> rows(Grid<WaitingListService.ListRow> grid) {
        return GridKt._fetch(grid, 0, 1000).stream().map(WaitingListService.ListRow::clientId).toList();
    }

    private static WaitingListData data(LocalDate placedOn) {
        return new WaitingListData(placedOn, WaitingListType.VERPLEEGHUIS, WaitingUrgency.NORMAAL, null,
                WaitingStatus.ACTIEF_WACHTEND);
    }

    private static String status() {
        return _get(Paragraph.class, spec -> spec.withId("waiting-list-status")).getText();
    }
}
