package nl.samenplan.retention;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import nl.samenplan.catalog.RetentionTerm;
import nl.samenplan.catalog.Settings;
import nl.samenplan.catalog.SettingsService;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The beheerder sets the retention term after closing: 20 years unless changed, never less than a year. */
class RetentionSettingTest extends KaribuTest {

    @Autowired
    private SettingsService settings;
    @Autowired
    private RetentionTerm term;

    /** Other tests rely on the defaults in the shared test database: put them back. */
    @AfterEach
    void restoreTheDefaults() {
        var admin = userDetailsService.loadUserByUsername("beheerder");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        settings.change(settings.forChange().revision(), Settings.DEFAULTS);
    }

    @Test
    void the_term_is_twenty_years_by_default_and_the_beheerder_changes_it_for_the_job() {
        login("beheerder");
        navigate("beheer/instellingen");
        assertThat(field().getValue()).isEqualTo(20);
        assertThat(field().getLabel()).isEqualTo("Bewaartermijn na sluiten (jaren)");
        assertThat(field().getHelperText()).contains("Wgbo");

        _setValue(field(), 25);
        _click(_get(Button.class, spec -> spec.withId("settings-save")));

        assertThat(settings.current().retentionYears()).isEqualTo(25);
        assertThat(term.years()).as("what the nightly job reads, without a login").isEqualTo(25);
    }

    @Test
    void a_term_of_zero_years_is_refused_with_a_dutch_message_at_the_field() {
        login("beheerder");
        navigate("beheer/instellingen");

        _setValue(field(), 0);
        _click(_get(Button.class, spec -> spec.withId("settings-save")));

        assertThat(field().isInvalid()).isTrue();
        assertThat(field().getErrorMessage()).isEqualTo("De bewaartermijn na sluiten is 1 tot en met 100 jaar.");
        assertThat(term.years()).isEqualTo(20);
    }

    private static IntegerField field() {
        return _get(IntegerField.class, spec -> spec.withId("setting-retention-years"));
    }
}
