package nl.samenplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import nl.samenplan.catalog.Settings;
import nl.samenplan.catalog.SettingsService;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 12, findings 4 and 5: the plan defaults what the settings say, and says "op afroep" instead of an error. */
class PlanDefaultsTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private PlanEditing editing;
    @Autowired
    private SettingsService settings;
    @Autowired
    private nl.samenplan.catalog.CatalogService catalog;

    @AfterEach
    void restoreTheDefaultSettings() {
        as("beheerder", () -> settings.change(settings.forChange().revision(), Settings.DEFAULTS));
    }

    @Test
    void the_next_review_follows_the_date_of_consent_after_the_review_period_of_the_settings() {
        as("beheerder", () -> settings.change(settings.forChange().revision(),
                new Settings(7, 4, 90, 38_400, 5)));
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Bespreking");
        navigate("clienten/" + clientId + "/plan");

        DatePicker review = _get(DatePicker.class, spec -> spec.withId("plan-review-date"));
        assertThat(review.getHelperText()).contains("Standaard 4 maanden na de instemming");
        LocalDate agreed = LocalDate.now(clock).minusDays(2);
        _setValue(_get(DatePicker.class, spec -> spec.withId("plan-agreed-on")), agreed);

        assertThat(review.getValue()).isEqualTo(agreed.plusMonths(4));
    }

    @Test
    void typing_who_was_present_dates_the_consent_today_and_the_review_after_the_setting() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Aanwezig");
        navigate("clienten/" + clientId + "/plan");

        _setValue(_get(TextField.class, spec -> spec.withId("plan-agreed-with")), "De cliënt en haar dochter");

        LocalDate today = LocalDate.now(clock);
        assertThat(_get(DatePicker.class, spec -> spec.withId("plan-agreed-on")).getValue()).isEqualTo(today);
        assertThat(_get(DatePicker.class, spec -> spec.withId("plan-review-date")).getValue())
                .isEqualTo(today.plusMonths(Settings.DEFAULTS.reviewMonths()));
    }

    @Test
    void a_review_date_already_chosen_is_not_overwritten() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Gekozen");
        navigate("clienten/" + clientId + "/plan");
        LocalDate chosen = LocalDate.now(clock).plusWeeks(10);
        _setValue(_get(DatePicker.class, spec -> spec.withId("plan-review-date")), chosen);
        _setValue(_get(DatePicker.class, spec -> spec.withId("plan-agreed-on")), LocalDate.now(clock));
        assertThat(_get(DatePicker.class, spec -> spec.withId("plan-review-date")).getValue()).isEqualTo(chosen);
    }

    @Test
    @SuppressWarnings("unchecked")
    void help_on_demand_is_shown_as_op_afroep_and_spread_days_are_named() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Afroep");
        editing.save(clientId, 0, new PlanContent(null, null, null, null, null, List.of(
                agreement("Rijdt naar het ziekenhuis", "als het nodig is"),
                agreement("Boodschappen", "3x per week"),
                agreement("Bellen", "op afroep"),
                agreement("Tuin", "bij mooi weer")), null, null, null));
        navigate("clienten/" + clientId + "/plan");

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("agreement-grid"));
        List<String> frequencies = java.util.stream.IntStream.range(0, com.github.mvysny.kaributesting.v10.GridKt._size(grid))
                .mapToObj(row -> com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, row, "frequency")).toList();
        assertThat(frequencies).containsExactly("als het nodig is (op afroep)", "3x per week (ma, wo, vr)",
                "op afroep", "bij mooi weer (geen taken: niet herkend)");
    }

    private AgreementItem agreement(String what, String frequency) {
        long category = catalog.needCategories().stream().filter(c -> c.name().equals("Vervoer")).findFirst()
                .orElseThrow().id();
        return new AgreementItem(null, what, category, SupportRung.ZELF, null, null, null, frequency, null, null, null,
                null);
    }
}
