package nl.samenplan.fuzz;

import static nl.samenplan.fuzz.Fuzzer.Kind.DATE;
import static nl.samenplan.fuzz.Fuzzer.Kind.FORMATTED_TEXT;
import static nl.samenplan.fuzz.Fuzzer.Kind.NUMBER;
import static nl.samenplan.fuzz.Fuzzer.Kind.OPTIONAL_TEXT;
import static nl.samenplan.fuzz.Fuzzer.Kind.PASSWORD;
import static nl.samenplan.fuzz.Fuzzer.Kind.REQUIRED_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.GeneralProvisionService;
import nl.samenplan.catalog.GeneralProvisionService.Provision;
import nl.samenplan.catalog.Settings;
import nl.samenplan.catalog.SettingsService;
import nl.samenplan.fuzz.Fuzzer.Field;
import nl.samenplan.security.Role;
import nl.samenplan.security.UserAdminService.NewUser;
import nl.samenplan.security.UserAdminService.UserRow;
import nl.samenplan.volunteer.VolunteerData;
import nl.samenplan.volunteer.VolunteerLimits;
import nl.samenplan.volunteer.VolunteerService;
import nl.samenplan.volunteer.VolunteerService.VolunteerFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The coordinator's and the administrator's forms under hostile input: the volunteer register, the catalogues, the
 * general provisions, the settings, users, teams, and everyone's own password. What they add to the shared
 * catalogues is taken out of use again, the settings are put back.
 */
class AdminFormsFuzzTest extends FuzzTest {

    @Autowired
    private VolunteerService volunteers;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private GeneralProvisionService provisions;
    @Autowired
    private SettingsService settings;

    private String username;
    private String currentPassword;

    @Test
    void theVolunteerDialogAnswersEveryHostileValueInDutchOrSavesItExactly() {
        login(COORDINATOR);
        Map<String, Function<VolunteerData, Object>> stored = Map.of("volunteer-name", VolunteerData::name,
                "volunteer-phone", VolunteerData::phone, "volunteer-email", VolunteerData::email,
                "volunteer-village", VolunteerData::village, "volunteer-training", VolunteerData::trainingNote,
                "volunteer-max", VolunteerData::maxPerWeek, "volunteer-start", VolunteerData::startDate,
                "volunteer-vog-date", VolunteerData::vogDate);
        Fuzzer.Form form = form(() -> {
            at("vrijwilligers");
            click("volunteer-new");
            set("volunteer-name", "Vrijwilliger Fuzz " + COUNTER.incrementAndGet());
            pick("volunteer-services", "Vervoer");
            set("volunteer-vog", true);
        }, () -> click("volunteer-save"), (field, typed) -> {
            long newest = volunteers.find(VolunteerFilter.NONE, PageRequest.of(0, 1, Sort.by(Sort.Order.desc("id"))))
                    .getContent().get(0).id();
            return stored.get(field).apply(volunteers.get(newest).data());
        });

        assertThat(Fuzzer.run("Vrijwilliger", form, new Field("volunteer-name", REQUIRED_TEXT),
                new Field("volunteer-phone", OPTIONAL_TEXT), new Field("volunteer-email", FORMATTED_TEXT),
                Field.typedCombo("volunteer-village", OPTIONAL_TEXT, VolunteerLimits.VILLAGE),
                new Field("volunteer-training", OPTIONAL_TEXT), new Field("volunteer-max", NUMBER),
                new Field("volunteer-start", DATE), new Field("volunteer-vog-date", DATE))).isGreaterThan(90);
    }

    @Test
    void theCataloguesAnswerEveryHostileNameInDutchOrSaveItExactlyAndTakeItOutOfUseAgain() {
        login("beheerder");
        Set<Long> before = new java.util.HashSet<>();
        catalog.lifeAreas().forEach(a -> before.add(a.id()));
        catalog.needCategories().forEach(c -> before.add(c.id()));
        long fuzzArea = catalog.addLifeArea("Fuzzgebied").id();
        catalog.changeLifeArea(fuzzArea, version(catalog.lifeAreas(), fuzzArea), "Fuzzgebied", false);
        Fuzzer.Form addArea = form(() -> navigate("beheer/catalogus"), () -> click("life-area-add"),
                (field, typed) -> named(catalog.lifeAreas(), typed), () -> deactivateNewest(true));
        Fuzzer.Form addCategory = form(() -> navigate("beheer/catalogus"), () -> click("category-add"),
                (field, typed) -> named(catalog.needCategories(), typed), () -> deactivateNewest(false));
        Fuzzer.Form rename = form(() -> {
            at("beheer/catalogus");
            clickInGrid("life-area-grid", "actions", "life-area-edit-" + fuzzArea);
        }, () -> click("catalog-edit-save"), (field, typed) -> catalog.lifeAreas().stream()
                .filter(a -> a.id() == fuzzArea).findFirst().orElseThrow().name());

        // renamed first and named back, so that the names it took are free for the entries added after
        int cases = Fuzzer.run("Catalogus: wijzigen", rename, new Field("catalog-edit-name", REQUIRED_TEXT));
        catalog.changeLifeArea(fuzzArea, version(catalog.lifeAreas(), fuzzArea), "Fuzzgebied", false);
        cases += Fuzzer.run("Catalogus: levensgebied", addArea, new Field("life-area-name", REQUIRED_TEXT))
                + Fuzzer.run("Catalogus: soort hulp", addCategory, new Field("category-name", REQUIRED_TEXT));

        assertThat(cases).isGreaterThan(40);
        assertThat(java.util.stream.Stream.concat(catalog.lifeAreas().stream(), catalog.needCategories().stream())
                .filter(i -> !before.contains(i.id()))).as("what the fuzz test added is out of use again")
                .hasSizeGreaterThan(10).noneMatch(CatalogService.Item::active);
    }

    @Test
    void theGeneralProvisionDialogAnswersEveryHostileValueInDutchOrSavesItExactly() {
        login("beheerder");
        Map<String, Function<Provision, Object>> stored = Map.of("provision-name", Provision::name,
                "provision-description", Provision::description, "provision-village", Provision::village);
        Fuzzer.Form form = form(() -> {
            at("beheer/voorzieningen");
            click("provision-add");
            set("provision-name", "Fuzzvoorziening " + COUNTER.incrementAndGet());
        }, () -> click("provision-save"), (field, typed) -> stored.get(field).apply(newestProvision()), () -> {
            Provision p = newestProvision();
            provisions.change(p.id(), p.version(), p.name(), p.description(), p.village(), Set.of(), false, false);
        });

        assertThat(Fuzzer.run("Algemene voorziening", form, new Field("provision-name", REQUIRED_TEXT),
                new Field("provision-description", OPTIONAL_TEXT), new Field("provision-village", OPTIONAL_TEXT)))
                .isGreaterThan(40);
    }

    @Test
    void theSettingsAnswerEveryHostileNumberInDutchOrSaveItExactlyAndArePutBack() {
        login("beheerder");
        Map<String, ToLongFunction<Settings>> stored = Map.of("setting-burden-threshold", Settings::burdenThreshold,
                "setting-review-months", Settings::reviewMonths, "setting-mdo-days", Settings::mdoDays,
                "setting-cost-per-client", Settings::costPerClientEuros, "setting-small-count",
                Settings::smallCountThreshold);
        Fuzzer.Form form = form(() -> navigate("beheer/instellingen"), () -> click("settings-save"),
                (field, typed) -> (int) stored.get(field).applyAsLong(settings.current()),
                () -> settings.change(settings.forChange().revision(), Settings.DEFAULTS));
        try {
            assertThat(Fuzzer.run("Instellingen", form, new Field("setting-burden-threshold", NUMBER),
                    new Field("setting-review-months", NUMBER), new Field("setting-mdo-days", NUMBER),
                    new Field("setting-cost-per-client", NUMBER), new Field("setting-small-count", NUMBER)))
                    .isGreaterThan(40);
        } finally {
            settings.change(settings.forChange().revision(), Settings.DEFAULTS);
        }
        assertThat(settings.current()).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void theUserDialogAnswersEveryHostileValueInDutchOrSavesItExactly() {
        login("beheerder");
        Fuzzer.Form newUser = form(() -> {
            at("beheer/gebruikers");
            click("user-new");
            username = "fuzz-gebruiker-" + COUNTER.incrementAndGet();
            set("user-username", username);
            set("user-display-name", "Fuzz Gebruiker");
            set("user-role", Role.VRIJWILLIGER);
            pick("user-team", "Fuzzteam");
        }, () -> {
            click("user-save");
            com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.dialog.Dialog.class,
                    spec -> spec.withId("one-time-password-dialog")).forEach(com.vaadin.flow.component.dialog.Dialog::close);
        }, (field, typed) -> field.equals("user-username")
                ? user(((String) typed).strip().toLowerCase(Locale.ROOT)).username()
                : user(username).displayName());
        String existing = "fuzz-naam-" + COUNTER.incrementAndGet();
        userAdmin.createUser(new NewUser(existing, "Fuzz Naam", Role.VRIJWILLIGER, fuzzTeamId(), null));
        Fuzzer.Form rename = form(() -> {
            at("beheer/gebruikers");
            set("user-search", existing);
            clickInGrid("user-grid", "actions", "edit-" + existing);
        }, () -> click("user-save"), (field, typed) -> user(existing).displayName());

        int cases = Fuzzer.run("Gebruiker: nieuw", newUser,
                new Field("user-username", FORMATTED_TEXT, t -> ((String) t).strip().toLowerCase(Locale.ROOT)),
                new Field("user-display-name", REQUIRED_TEXT))
                + Fuzzer.run("Gebruiker: wijzigen", rename, new Field("user-display-name", REQUIRED_TEXT));

        // three text fields (the dialog has no password field: a new user gets a one-time password)
        assertThat(cases).isGreaterThan(35);
    }

    @Test
    void theTeamAndOrganisationFormsAnswerEveryHostileNameInDutchOrSaveItExactly() {
        login("beheerder");
        Fuzzer.Form addTeam = form(() -> {
            navigate("beheer/teams");
            set("team-name", "Fuzzteam " + COUNTER.incrementAndGet());
            set("team-area", "Fuzzdorp");
        }, () -> click("team-add"), (field, typed) -> userAdmin.teams().stream()
                .filter(t -> field.equals("team-name") ? t.name().equals(((String) typed).strip())
                        : t.area().equals(((String) typed).strip()))
                .map(t -> field.equals("team-name") ? t.name() : t.area()).findFirst().orElse(null));
        Fuzzer.Form addOrganisation = form(() -> navigate("beheer/teams"), () -> click("organisation-add"),
                (field, typed) -> userAdmin.organisations().stream()
                        .filter(o -> o.name().equals(((String) typed).strip())).map(o -> o.name()).findFirst()
                        .orElse(null));

        int cases = Fuzzer.run("Team", addTeam, new Field("team-name", REQUIRED_TEXT),
                new Field("team-area", REQUIRED_TEXT))
                + Fuzzer.run("Organisatie", addOrganisation, new Field("organisation-name", REQUIRED_TEXT));

        assertThat(cases).isGreaterThan(40);
    }

    @Test
    void myOwnNewPasswordIsSavedExactlyOrRefusedInDutchAlsoBeyondBcryptsSeventyTwoBytes() {
        login("beheerder");
        username = "fuzz-account-" + COUNTER.incrementAndGet();
        currentPassword = userAdmin.createUser(new NewUser(username, "Fuzz Account", Role.VRIJWILLIGER, fuzzTeamId(),
                null)).oneTimePassword();
        login(username);
        Fuzzer.Form form = form(() -> {
            navigate("mijn-account");
            set("account-password-current", currentPassword);
        }, () -> {
            set("account-password-repeat", value("account-password-new"));
            click("password-change");
        }, (field, typed) -> {
            String loggedInWith = logsIn(username, (String) typed);
            currentPassword = loggedInWith.equals(typed) ? loggedInWith : currentPassword;
            return loggedInWith;
        });

        assertThat(Fuzzer.run("Mijn account: wachtwoord", form, new Field("account-password-new", PASSWORD)))
                .isGreaterThan(10);
    }

    private String logsIn(String user, String password) {
        try {
            boolean in = canLogIn(user, password);
            // the fuzzer's wrong passwords are on purpose: they must not lock the account for the next case
            nl.samenplan.security.LoginAttemptsForTests.forgetAll(context);
            return in ? password : "(logs in with another password)";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private UserRow user(String name) {
        return userAdmin.findUsers(name, PageRequest.of(0, 20)).stream().filter(u -> u.username().equals(name))
                .findFirst().orElse(new UserRow(0, 0, null, null, null, null, null, null, null, false));
    }

    private Provision newestProvision() {
        return provisions.all().stream().max(java.util.Comparator.comparingLong(Provision::id)).orElseThrow();
    }

    private static String named(java.util.List<CatalogService.Item> items, Object typed) {
        String name = ((String) typed).strip();
        return items.stream().filter(i -> i.name().equals(name)).map(CatalogService.Item::name).findFirst()
                .orElse(null);
    }

    private void deactivateNewest(boolean lifeArea) {
        var items = lifeArea ? catalog.lifeAreas() : catalog.needCategories();
        var newest = items.stream().max(java.util.Comparator.comparingLong(CatalogService.Item::id)).orElseThrow();
        if (lifeArea) {
            catalog.changeLifeArea(newest.id(), newest.version(), newest.name(), false);
        } else {
            catalog.changeNeedCategory(newest.id(), newest.version(), newest.name(), newest.professionalByNature(),
                    false);
        }
    }

    private static long version(java.util.List<CatalogService.Item> items, long id) {
        return items.stream().filter(i -> i.id() == id).findFirst().orElseThrow().version();
    }
}
