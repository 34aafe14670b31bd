package nl.samenplan.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenplan.security.AccessChanged;
import nl.samenplan.security.Role;
import nl.samenplan.security.SecondFactorService;
import nl.samenplan.security.UserAdminService;
import nl.samenplan.security.UserAdminService.UserRow;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Tweestapsverificatie" in Mijn account (set up with the QR code and a first code computed from the secret shown,
 * recovery codes shown once, switched off with a current code) and the beheerder's reset in the user dialog.
 */
@org.springframework.test.context.event.RecordApplicationEvents
class SecondFactorAccountTest extends KaribuTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    private UserAdminService admin;
    @Autowired
    private SecondFactorService secondFactors;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private org.springframework.test.context.event.ApplicationEvents events;

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void resetTheSecondFactorsMade() {
        as("beheerder", () -> made.stream().filter(admin::hasSecondFactor)
                .forEach(id -> admin.resetSecondFactor(id, version(id))));
    }

    @Test
    void she_sets_up_a_second_factor_with_a_first_code_and_sees_the_ten_recovery_codes_once() throws Exception {
        UserRow me = newUser(Role.LEEFCOACH);
        long before = newestEntry();
        login(me.username());
        navigate("mijn-account");
        assertThat(status()).contains("staat uit");

        _click(_get(Button.class, spec -> spec.withId("second-factor-setup")));
        Image qr = _get(Image.class, spec -> spec.withId("second-factor-qr"));
        assertThat(qr.getSrc()).startsWith("data:image/png;base64,");
        assertThat(qr.getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains("QR-code"));
        String shown = _get(TextField.class, spec -> spec.withId("second-factor-secret")).getValue();
        assertThat(shown).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        _setValue(_get(TextField.class, spec -> spec.withId("second-factor-code")), codeNow(shown));
        _click(_get(Button.class, spec -> spec.withId("second-factor-confirm")));

        List<ListItem> codes = _find(ListItem.class, spec -> spec.withClasses("recovery-code"));
        assertThat(codes).hasSize(10).allSatisfy(code -> assertThat(code.getText()).matches("([a-z0-9]{4}-){3}[a-z0-9]{4}"));
        assertThat(status()).contains("staat aan");
        _click(_get(Button.class, spec -> spec.withId("recovery-codes-done")));
        _assertNone(ListItem.class, spec -> spec.withClasses("recovery-code"));

        navigate("clienten");
        navigate("mijn-account");
        _assertNone(ListItem.class, spec -> spec.withClasses("recovery-code"));
        _assertNone(Button.class, spec -> spec.withId("second-factor-setup"));
        assertThat(status()).contains("staat aan").contains("10 herstelcodes");
        assertThat(entries("SECOND_FACTOR_ENROLLED", me.username(), before)).isEqualTo(1);
    }

    @Test
    void a_wrong_first_code_is_refused_at_the_field_and_the_second_factor_stays_off() {
        UserRow me = newUser(Role.LEEFCOACH);
        login(me.username());
        navigate("mijn-account");
        _click(_get(Button.class, spec -> spec.withId("second-factor-setup")));
        String right = codeNow(_get(TextField.class, spec -> spec.withId("second-factor-secret")).getValue());

        TextField code = _get(TextField.class, spec -> spec.withId("second-factor-code"));
        _setValue(code, right.equals("123456") ? "654321" : "123456");
        _click(_get(Button.class, spec -> spec.withId("second-factor-confirm")));

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("klopt niet");
        assertThat(secondFactors.myStatus().on()).isFalse();
    }

    @Test
    void she_switches_it_off_again_with_a_current_code_where_her_role_does_not_require_it() throws Exception {
        UserRow me = newUser(Role.LEEFCOACH);
        long before = newestEntry();
        login(me.username());
        navigate("mijn-account");
        _click(_get(Button.class, spec -> spec.withId("second-factor-setup")));
        String secret = _get(TextField.class, spec -> spec.withId("second-factor-secret")).getValue();
        _setValue(_get(TextField.class, spec -> spec.withId("second-factor-code")), codeNow(secret));
        _click(_get(Button.class, spec -> spec.withId("second-factor-confirm")));
        _click(_get(Button.class, spec -> spec.withId("recovery-codes-done")));
        clock.advance(Duration.ofSeconds(30));

        _setValue(_get(TextField.class, spec -> spec.withId("second-factor-remove-code")), codeNow(secret));
        _click(_get(Button.class, spec -> spec.withId("second-factor-remove")));

        assertThat(status()).contains("staat uit");
        assertThat(secondFactors.myStatus().on()).isFalse();
        assertThat(entries("SECOND_FACTOR_REMOVED", me.username(), before)).isEqualTo(1);
    }

    @Test
    void the_beheerder_resets_a_second_factor_after_a_confirm_which_is_logged_and_ends_the_users_sessions()
            throws Exception {
        UserRow user = newUser(Role.DORPSREGISSEUR);
        login(user.username());
        navigate("mijn-account");
        _click(_get(Button.class, spec -> spec.withId("second-factor-setup")));
        String secret = _get(TextField.class, spec -> spec.withId("second-factor-secret")).getValue();
        _setValue(_get(TextField.class, spec -> spec.withId("second-factor-code")), codeNow(secret));
        _click(_get(Button.class, spec -> spec.withId("second-factor-confirm")));
        long before = newestEntry();
        events.clear();

        login("beheerder");
        navigate("beheer/gebruikers");
        _setValue(_get(TextField.class, spec -> spec.withId("user-search")), user.username());
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("user-grid"));
        _click(_get(GridKt._getCellComponent(grid, 0, "actions"), Button.class,
                spec -> spec.withId("edit-" + user.username())));
        _click(_get(Button.class, spec -> spec.withId("user-reset-second-factor")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("user-reset-second-factor-confirm")));

        assertThat(admin.hasSecondFactor(user.id())).isFalse();
        assertThat(events.stream(AccessChanged.class)).containsExactly(
                new AccessChanged(user.id(), AccessChanged.Reason.SECOND_FACTOR_RESET));
        var logged = jdbc.queryForList("select detail, username from access_log_entry where id > ? and event_type ="
                + " 'SECOND_FACTOR_RESET'", before);
        assertThat(logged).singleElement().satisfies(entry -> {
            assertThat(entry.get("username")).isEqualTo("beheerder");
            assertThat(String.valueOf(entry.get("detail"))).contains("username=" + user.username());
        });
    }

    @Test
    void the_user_dialog_offers_no_reset_to_a_user_without_a_second_factor() {
        UserRow user = newUser(Role.LEEFCOACH);
        login("beheerder");
        navigate("beheer/gebruikers");
        _setValue(_get(TextField.class, spec -> spec.withId("user-search")), user.username());
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("user-grid"));
        _click(_get(GridKt._getCellComponent(grid, 0, "actions"), Button.class,
                spec -> spec.withId("edit-" + user.username())));

        _assertNone(Button.class, spec -> spec.withId("user-reset-second-factor"));
    }

    private UserRow newUser(Role role) {
        String username = "tweestap" + System.nanoTime() % 1_000_000 + "-" + NEXT.incrementAndGet();
        UserRow row = as("beheerder", () -> admin.createUser(new UserAdminService.NewUser(username, "Tweestap Tester",
                role, admin.teams().get(0).id(), null))).user();
        made.add(row.id());
        return row;
    }

    private long version(long userId) {
        return jdbc.queryForObject("select version from app_user where id = ?", Long.class, userId);
    }

    /** What the authenticator app shows now for the secret on the page. */
    private String codeNow(String shownSecret) {
        try {
            return new DefaultCodeGenerator().generate(shownSecret.replace(" ", ""),
                    Math.floorDiv(clock.instant().getEpochSecond(), 30));
        } catch (dev.samstevens.totp.exceptions.CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String status() {
        return _get(Paragraph.class, spec -> spec.withId("second-factor-status")).getText();
    }

    private long newestEntry() {
        Long id = jdbc.queryForObject("select max(id) from access_log_entry", Long.class);
        return id == null ? 0 : id;
    }

    private int entries(String type, String username, long after) {
        return jdbc.queryForObject("select count(*) from access_log_entry where id > ? and event_type = ? and"
                + " username = ?", Integer.class, after, type, username);
    }
}
