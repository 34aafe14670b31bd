package nl.samenplan.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.BurdenCheckInData;
import nl.samenplan.client.BurdenCheckInService;
import nl.samenplan.client.CheckInAnswer;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.Relation;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.testsupport.AnotherUser;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Removing a naaste is done on what the user saw: a member someone changed meanwhile (a check-in, an edit) is not
 * removed unseen, and a member named in an agreement of the plan is never removed, so no agreement loses its who.
 */
class NetworkMemberRemovalTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private NetworkService network;
    @Autowired
    private BurdenCheckInService checkIns;
    @Autowired
    private PlanService plans;
    @Autowired
    private nl.samenplan.plan.PlanEditing editing;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private JdbcTemplate jdbc;

    private AnotherUser other;
    private long clientId;
    private long member;

    @BeforeEach
    void the_leefcoach_has_a_client_with_a_caregiver() {
        login("leefcoach");
        other = new AnotherUser(userDetailsService);
        clientId = Fixtures.newClient(clients, "Verwijder");
        member = Fixtures.member(network, clientId, "Gerrit Verwijder", Relation.PARTNER, true, 4, Set.of());
    }

    @Test
    void a_member_who_had_a_check_in_meanwhile_is_not_removed_and_the_user_is_told_who() {
        navigate("clienten/" + clientId + "/netwerk");

        // meanwhile the dorpsregisseur records a check-in with the same score, from her own screen
        other.does("dorpsregisseur", () -> checkIns.record(member, new BurdenCheckInData(LocalDate.now(clock), 4,
                CheckInAnswer.SOMS, CheckInAnswer.NEE, CheckInAnswer.JA, true, "Zwaar na de val", 4)));

        removeOnScreen();

        assertThat(network.members(clientId)).extracting(NetworkService.Member::id).containsExactly(member);
        assertThat(checkIns.caregivers(clientId).get(0).checkIns()).as("her check-in is kept").hasSize(1);
        assertThat(lastNotification()).isEqualTo("Gerrit Verwijder is intussen gewijzigd door Grietje Bakker,"
                + " bijvoorbeeld met een nieuwe check-in. Er is niets verwijderd. U ziet nu de nieuwe gegevens;"
                + " verwijder daarna opnieuw als dat nog nodig is.");

        // the page shows the member as it is now; removing again is a choice made on what is seen
        removeOnScreen();
        assertThat(network.members(clientId)).isEmpty();
    }

    @Test
    void a_member_edited_meanwhile_is_not_removed() {
        navigate("clienten/" + clientId + "/netwerk");
        var seen = network.members(clientId).get(0);
        other.does("dorpsregisseur", () -> network.update(member, seen.version(), new nl.samenplan.client
                .NetworkMemberData("Gerrit Verwijder", Relation.PARTNER, "06 12345678", null, null, Set.of(), null,
                true, 4)));

        removeOnScreen();

        assertThat(network.members(clientId).get(0).data().phone()).isEqualTo("06 12345678");
        assertThat(lastNotification()).contains("gewijzigd door Grietje Bakker");
    }

    @Test
    void a_member_named_in_an_agreement_is_never_removed_and_the_agreement_keeps_its_member() {
        long category = catalog.needCategories().stream().filter(c -> c.name().equals("Boodschappen")).findFirst()
                .orElseThrow().id();
        editing.save(clientId, 0, new PlanContent(null, "Thuis blijven wonen", null, null, List.of(),
                List.of(new AgreementItem(null, "Boodschappen op zaterdag", category, SupportRung.EIGEN_NETWERK,
                        member, null, null, "wekelijks", LocalDate.now(clock), null, null, null)),
                null, null, null));
        navigate("clienten/" + clientId + "/netwerk");

        removeOnScreen();

        assertThat(lastNotification()).isEqualTo("Gerrit Verwijder heeft nog afspraken in het plan. Wijzig of"
                + " verwijder eerst die afspraken.");
        assertThat(network.members(clientId)).hasSize(1);
        assertThat(plans.plan(clientId).content().agreements()).singleElement()
                .satisfies(a -> assertThat(a.networkMemberId()).isEqualTo(member));
        // and the database says the same to anything that would delete the member behind the application's back
        assertThatThrownBy(() -> jdbc.update("delete from network_member where id = ?", member))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void the_service_refuses_a_removal_on_a_version_that_was_not_seen() {
        long seen = network.members(clientId).get(0).version();
        other.does("dorpsregisseur", () -> checkIns.record(member, new BurdenCheckInData(LocalDate.now(clock), 7,
                CheckInAnswer.NEE, CheckInAnswer.NEE, CheckInAnswer.JA, true, null, 4)));

        assertThatThrownBy(() -> network.remove(member, seen)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.network.changedBeforeRemove"));
        assertThat(network.members(clientId)).hasSize(1);
    }

    private void removeOnScreen() {
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("remove-member-" + member)));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("network-remove-confirm")));
    }

    private static String lastNotification() {
        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown).as("a message was shown").isNotEmpty();
        Notification last = shown.get(shown.size() - 1);
        String text = last.getElement().getProperty("text");
        return text != null ? text : last.getElement().getTextRecursively();
    }
}
