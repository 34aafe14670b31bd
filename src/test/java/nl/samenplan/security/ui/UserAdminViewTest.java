package nl.samenplan.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import nl.samenplan.security.AppUser;
import nl.samenplan.security.AppUserRepository;
import nl.samenplan.security.Role;
import nl.samenplan.security.UserAdminService.TeamRow;
import nl.samenplan.security.UserAdminService.UserRow;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserAdminViewTest extends KaribuTest {

    @Autowired
    private AppUserRepository users;

    @Test
    @SuppressWarnings("unchecked")
    void the_administrator_creates_a_district_nurse_who_logs_in_with_the_one_time_password_shown_once()
            throws Exception {
        login("beheerder");
        navigate("beheer/gebruikers");

        _click(_get(Button.class, spec -> spec.withId("user-new")));
        _assertNone(PasswordField.class);
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), "wvk.demo1");
        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), "Lotte Veldman");
        _setValue(_get(Select.class, spec -> spec.withId("user-role")), Role.WIJKVERPLEEGKUNDIGE);
        ComboBox<TeamRow> team = _get(ComboBox.class, spec -> spec.withId("user-team"));
        _setValue(team, team.getListDataView().getItems()
                .filter(t -> t.name().equals("Dorpsteam Heideveen")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        _assertNone(UserDialog.class);
        String oneTimePassword = _get(TextField.class, spec -> spec.withId("one-time-password")).getValue();
        assertThat(oneTimePassword).matches("([2-9a-zA-Z]{4}-){3}[2-9a-zA-Z]{4}");
        assertThat(_get(Paragraph.class, spec -> spec.withId("one-time-password-text")).getText())
                .startsWith("Geef dit eenmalige wachtwoord door aan Lotte Veldman");
        _click(_get(Button.class, spec -> spec.withId("one-time-password-close")));
        _assertNone(OneTimePasswordDialog.class);

        AppUser saved = users.findByUsername("wvk.demo1").orElseThrow();
        assertThat(saved.getDisplayName()).isEqualTo("Lotte Veldman");
        assertThat(saved.getRole()).isEqualTo(Role.WIJKVERPLEEGKUNDIGE);
        assertThat(saved.getTeam().getName()).isEqualTo("Dorpsteam Heideveen");
        assertThat(saved.isPasswordChangeRequired()).as("she chooses her own at the first log-in").isTrue();
        assertThat(saved.getPasswordHash()).startsWith("$2").doesNotContain(oneTimePassword);
        assertThat(canLogIn("wvk.demo1", oneTimePassword)).isTrue();
        assertThat(canLogIn("wvk.demo1", oneTimePassword + "x")).isFalse();
    }

    @Test
    void a_deactivated_user_can_no_longer_log_in_and_can_be_activated_again() throws Exception {
        login("beheerder");
        navigate("beheer/gebruikers");

        _setValue(_get(TextField.class, spec -> spec.withId("user-search")), "veenhof");
        _click(toggleButtonOfFirstRow("toggle-wvk.veenhof"));
        assertThat(users.findByUsername("wvk.veenhof").orElseThrow().isActive()).isFalse();
        assertThat(canLogIn("wvk.veenhof", "samenplan")).isFalse();

        _click(toggleButtonOfFirstRow("toggle-wvk.veenhof"));
        assertThat(users.findByUsername("wvk.veenhof").orElseThrow().isActive()).isTrue();
        assertThat(canLogIn("wvk.veenhof", "samenplan")).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static Button toggleButtonOfFirstRow(String id) {
        Grid<UserRow> grid = _get(Grid.class, spec -> spec.withId("user-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        return _get(GridKt._getCellComponent(grid, 0, "actions"), Button.class, spec -> spec.withId(id));
    }

    @Test
    void the_administrator_adds_a_team() {
        login("beheerder");
        navigate("beheer/teams");
        _setValue(_get(TextField.class, spec -> spec.withId("team-name")), "Dorpsteam Oosterzand-Noord");
        _setValue(_get(TextField.class, spec -> spec.withId("team-area")), "Oosterzand");
        _click(_get(Button.class, spec -> spec.withId("team-add")));
        assertThat(_get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("team-grid"))
                .getListDataView().getItems().map(t -> ((TeamRow) t).name()))
                .contains("Dorpsteam Oosterzand-Noord");
    }
}
