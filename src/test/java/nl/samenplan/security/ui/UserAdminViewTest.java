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
    void the_administrator_creates_a_district_nurse_who_can_then_log_in() throws Exception {
        login("beheerder");
        navigate("beheer/gebruikers");

        _click(_get(Button.class, spec -> spec.withId("user-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), "wvk.demo1");
        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), "Lotte Veldman");
        _setValue(_get(Select.class, spec -> spec.withId("user-role")), Role.WIJKVERPLEEGKUNDIGE);
        ComboBox<TeamRow> team = _get(ComboBox.class, spec -> spec.withId("user-team"));
        _setValue(team, team.getListDataView().getItems()
                .filter(t -> t.name().equals("Dorpsteam Heideveen")).findFirst().orElseThrow());
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), "Welkom-op-de-hei");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        _assertNone(UserDialog.class);
        AppUser saved = users.findByUsername("wvk.demo1").orElseThrow();
        assertThat(saved.getDisplayName()).isEqualTo("Lotte Veldman");
        assertThat(saved.getRole()).isEqualTo(Role.WIJKVERPLEEGKUNDIGE);
        assertThat(saved.getTeam().getName()).isEqualTo("Dorpsteam Heideveen");
        assertThat(saved.getPasswordHash()).startsWith("$2").doesNotContain("Welkom");
        assertThat(canLogIn("wvk.demo1", "Welkom-op-de-hei")).isTrue();
        assertThat(canLogIn("wvk.demo1", "Welkom-op-de-heide")).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_too_short_password_is_explained_in_dutch_and_nothing_typed_is_lost() {
        login("beheerder");
        navigate("beheer/gebruikers");

        _click(_get(Button.class, spec -> spec.withId("user-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), "kort.wachtwoord");
        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), "Kees Kort");
        _setValue(_get(Select.class, spec -> spec.withId("user-role")), Role.DORPSREGISSEUR);
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), "kort");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("user-error")).getText())
                .isEqualTo("Het wachtwoord moet minstens 10 tekens lang zijn.");
        assertThat(_get(TextField.class, spec -> spec.withId("user-display-name")).getValue()).isEqualTo("Kees Kort");
        assertThat(users.findByUsername("kort.wachtwoord")).isEmpty();
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
