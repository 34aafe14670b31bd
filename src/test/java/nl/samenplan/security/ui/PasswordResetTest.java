package nl.samenplan.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import nl.samenplan.security.AccessChanged;
import nl.samenplan.security.AppUser;
import nl.samenplan.security.AppUserRepository;
import nl.samenplan.security.LoginRefusedException;
import nl.samenplan.security.Role;
import nl.samenplan.security.UserAdminService;
import nl.samenplan.security.UserAdminService.NewUser;
import nl.samenplan.security.UserAdminService.UserRow;
import nl.samenplan.testsupport.AnotherUser;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The beheerder resets a password: a one-time password is shown once, the old password stops working, the user must
 * choose a new one at the next log-in, their sessions end, and after 72 hours the one-time password opens nothing.
 */
@RecordApplicationEvents
class PasswordResetTest extends KaribuTest {

    @Autowired
    private AppUserRepository users;
    @Autowired
    private UserAdminService admin;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ApplicationEvents events;
    @Autowired
    private nl.samenplan.security.AccountService accounts;

    @Test
    @SuppressWarnings("unchecked")
    void theBeheerderResetsAPasswordAndSeesTheOneTimePasswordOnce() throws Exception {
        login("beheerder");
        String username = "herstel" + System.nanoTime() % 1_000_000;
        new AnotherUser(userDetailsService).newUserWithPassword(admin, accounts,
                new NewUser(username, "Herstel Getest", Role.WIJKVERPLEEGKUNDIGE, teamId(), null),
                "mijn-eigen-wachtwoord");
        AppUser before = users.findByUsername(username).orElseThrow();
        navigate("beheer/gebruikers");
        _setValue(_get(TextField.class, spec -> spec.withId("user-search")), username);
        Grid<UserRow> grid = _get(Grid.class, spec -> spec.withId("user-grid"));
        _click(_get(GridKt._getCellComponent(grid, 0, "actions"), Button.class,
                spec -> spec.withId("reset-password-" + username)));

        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("reset-password-confirm"));
        assertThat(users.findByUsername(username).orElseThrow().getPasswordHash())
                .as("nothing happens before the confirmation").isEqualTo(before.getPasswordHash());
        ConfirmDialogKt._fireConfirm(confirm);

        String oneTimePassword = _get(TextField.class, spec -> spec.withId("one-time-password")).getValue();
        assertThat(oneTimePassword).matches("([2-9a-zA-Z]{4}-){3}[2-9a-zA-Z]{4}");
        _click(_get(Button.class, spec -> spec.withId("one-time-password-close")));
        _assertNone(OneTimePasswordDialog.class);
        _assertNone(TextField.class, spec -> spec.withId("one-time-password"));

        AppUser after = users.findByUsername(username).orElseThrow();
        assertThat(after.getPasswordHash()).isNotEqualTo(before.getPasswordHash()).doesNotContain(oneTimePassword);
        assertThat(after.isPasswordChangeRequired()).isTrue();
        assertThat(events.stream(AccessChanged.class))
                .containsExactly(new AccessChanged(after.getId(), AccessChanged.Reason.PASSWORD_RESET));
        assertThat(canLogIn(username, "mijn-eigen-wachtwoord")).as("the old password").isFalse();
        assertThat(canLogIn(username, oneTimePassword)).isTrue();
    }

    @Test
    void theOneTimePasswordOpensNothingAfterSeventyTwoHoursAndTheAccessLogSaysWhy() throws Exception {
        login("beheerder");
        String username = "eenmalig" + System.nanoTime() % 1_000_000;
        String oneTimePassword = admin.createUser(new NewUser(username, "Eenmalig Getest", Role.VRIJWILLIGER,
                teamId(), null)).oneTimePassword();

        clock.advance(Duration.ofHours(72).minusMinutes(1));
        assertThat(canLogIn(username, oneTimePassword)).isTrue();
        clock.advance(Duration.ofMinutes(1));
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from access_log_entry", Long.class);
        assertThat(canLogIn(username, oneTimePassword)).isFalse();

        assertThat(jdbc.queryForList("select detail from access_log_entry where id > ? and event_type = 'LOGIN_FAILED'",
                String.class, before)).containsExactly(
                "gebruikersnaam: " + username + "; " + LoginRefusedException.Reason.ONE_TIME_PASSWORD_EXPIRED.detail());
    }

    @Test
    void aResetOnAnOutdatedRowIsRefusedAndChangesNothing() {
        login("beheerder");
        UserRow user = admin.findUsers("wvk.veenhof", org.springframework.data.domain.PageRequest.of(0, 1))
                .getContent().get(0);
        String hash = users.findByUsername("wvk.veenhof").orElseThrow().getPasswordHash();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> admin.resetPassword(user.id(), user.version() - 1))
                .isInstanceOf(nl.samenplan.base.BusinessRuleException.class);
        assertThat(users.findByUsername("wvk.veenhof").orElseThrow().getPasswordHash()).isEqualTo(hash);
        assertThat(events.stream(AccessChanged.class)).isEmpty();
    }

    private long teamId() {
        return admin.teams().stream().filter(t -> t.name().equals("Dorpsteam Heideveen")).findFirst().orElseThrow()
                .id();
    }
}
