package nl.samenplan.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import nl.samenplan.base.ui.AccessDeniedView;
import nl.samenplan.catalog.Settings;
import nl.samenplan.catalog.SettingsService;
import nl.samenplan.testsupport.AnotherUser;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class SettingsViewTest extends KaribuTest {

    @Autowired
    private SettingsService settings;
    @Autowired
    private nl.samenplan.security.UserAdminService users;

    /** Other tests rely on the defaults in the shared test database: put them back. */
    @AfterEach
    void restoreTheDefaults() {
        var admin = userDetailsService.loadUserByUsername("beheerder");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        settings.change(settings.forChange().revision(), Settings.DEFAULTS);
    }

    @Test
    void the_administrator_sees_the_current_settings_and_changes_the_burden_threshold() {
        login("beheerder");
        navigate("beheer/instellingen");
        assertThat(currentView()).isInstanceOf(SettingsView.class);
        assertThat(field("setting-burden-threshold").getValue()).isEqualTo(7);
        assertThat(field("setting-cost-per-client").getValue()).isEqualTo(38_400);
        assertThat(field("setting-cost-per-client").getHelperText()).contains("38.400 euro");

        _setValue(field("setting-burden-threshold"), 6);
        _click(_get(Button.class, spec -> spec.withId("settings-save")));

        assertThat(settings.current()).isEqualTo(new Settings(6, 3, 90, 38_400, 5));
        _assertNone(Paragraph.class, spec -> spec.withId("settings-error"));
        assertThat(field("setting-burden-threshold").getValue()).isEqualTo(6);
    }

    @Test
    void a_review_period_of_zero_months_is_explained_in_dutch_and_stores_nothing() {
        login("beheerder");
        navigate("beheer/instellingen");

        _setValue(field("setting-burden-threshold"), 8);
        _setValue(field("setting-review-months"), 0);
        _click(_get(Button.class, spec -> spec.withId("settings-save")));

        Paragraph error = _get(Paragraph.class, spec -> spec.withId("settings-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("De herzieningstermijn is 1 tot en met 24 maanden.");
        assertThat(field("setting-review-months").isInvalid()).isTrue();
        assertThat(settings.current()).isEqualTo(Settings.DEFAULTS);
        // nothing typed is lost
        assertThat(field("setting-review-months").getValue()).isZero();
        assertThat(field("setting-burden-threshold").getValue()).isEqualTo(8);
    }

    @Test
    void an_empty_field_is_explained_and_stores_nothing() {
        login("beheerder");
        navigate("beheer/instellingen");

        _setValue(field("setting-mdo-days"), null);
        _click(_get(Button.class, spec -> spec.withId("settings-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("settings-error")).getText())
                .isEqualTo("Een MDO mag 7 tot en met 365 dagen oud zijn.");
        assertThat(settings.current()).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void when_another_administrator_saved_meanwhile_nothing_is_overwritten_and_what_was_typed_stays() {
        AnotherUser other = new AnotherUser(userDetailsService);
        String karin = other.secondAdministrator(users);
        login("beheerder");
        navigate("beheer/instellingen");
        _setValue(field("setting-burden-threshold"), 8);

        // meanwhile the second beheerder changes the review period from her own screen
        other.does(karin, () -> settings.change(settings.forChange().revision(),
                new Settings(7, 6, 90, 38_400, 5)));

        _click(_get(Button.class, spec -> spec.withId("settings-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("settings-error")).getText())
                .startsWith("De instellingen zijn intussen gewijzigd door Karin Veldman. Er is niets opgeslagen en"
                        + " uw invoer staat nog in het formulier.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("settings-stored-now")).getText())
                .contains("Herzieningstermijn professionele zorg (maanden): 6");
        assertThat(settings.current()).as("her change stands, nothing of mine is stored")
                .isEqualTo(new Settings(7, 6, 90, 38_400, 5));
        assertThat(field("setting-burden-threshold").getValue()).as("what I typed").isEqualTo(8);
        assertThat(field("setting-review-months").getValue()).as("what I saw").isEqualTo(3);

        // having seen hers, saving again is a choice for what is in the form
        _click(_get(Button.class, spec -> spec.withId("settings-save")));
        assertThat(settings.current()).isEqualTo(new Settings(8, 3, 90, 38_400, 5));
    }

    @Test
    void a_leefcoach_who_types_the_address_gets_the_dutch_no_access_page() {
        login("leefcoach");
        navigate("beheer/instellingen");

        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_get(H1.class, spec -> spec.withClasses("view-title")).getText()).isEqualTo("Geen toegang");
    }

    private static IntegerField field(String id) {
        return _get(IntegerField.class, spec -> spec.withId(id));
    }

    @Test
    void a_small_count_threshold_below_five_is_refused_by_the_service_and_explained_at_the_field() {
        login("beheerder");
        long revision = settings.forChange().revision();
        assertThatThrownBy(() -> settings.change(revision, new Settings(7, 3, 90, 38_400, 4)))
                .isInstanceOfSatisfying(nl.samenplan.base.BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.settings.smallCountMinimum"));

        navigate("beheer/instellingen");
        _setValue(field("setting-small-count"), 3);
        _click(_get(Button.class, spec -> spec.withId("settings-save")));

        assertThat(field("setting-small-count").isInvalid()).isTrue();
        assertThat(field("setting-small-count").getErrorMessage()).isEqualTo(
                "De grens voor kleine aantallen is minstens 5, zodat niemand in de cijfers herkenbaar is.");
        assertThat(settings.current().smallCountThreshold()).isEqualTo(5);
    }
}
