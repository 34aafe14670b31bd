package nl.samenplan.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenplan.security.ui.LoginStepView;
import nl.samenplan.security.ui.LoginView;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The log-in after the password: a user who owes a step stays anonymous (no page but the step, no service) until the
 * last step is done; then they are logged in, once, and land on their page.
 */
class LoginStepsTest extends KaribuTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String PASSWORD = "een-eigen-wachtwoord";

    @Autowired
    private UserAdminService admin;
    @Autowired
    private SecondFactorStore store;
    @Autowired
    private AccountService accounts;
    @Autowired
    private AppUserRepository users;
    @Autowired
    private org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;
    @Autowired
    private org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private LoginAttempts attempts;

    private final TotpCodes totp = new TotpCodes();
    private final List<Long> made = new java.util.ArrayList<>();

    @AfterEach
    void removeTheSecondFactorsMade() {
        made.forEach(store::remove);
    }

    @Test
    void the_right_password_of_a_user_with_a_second_factor_logs_nobody_in_but_leads_to_the_code_step() throws Exception {
        Person person = leefcoachWithSecondFactor();
        long before = newestEntry();

        MvcResult result = postPassword(person.username(), PASSWORD);

        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/inloggen/stap");
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
        assertThat(pendingIn(session).owed()).containsExactly(LoginStep.CODE);
        assertThat(entries("LOGGED_IN", person.username(), before)).isEmpty();
        String page = mvc.perform(get("/mijn-account").session(session)).andReturn().getResponse().getRedirectedUrl();
        assertThat(page).endsWith("/login");
    }

    @Test
    void the_right_one_time_password_of_a_reset_account_leads_to_the_new_password_step_not_in() throws Exception {
        Person person = newLeefcoach();
        String oneTime = resetByTheBeheerder(person);

        MvcResult result = postPassword(person.username(), oneTime);

        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/inloggen/stap");
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
        assertThat(pendingIn(session).owed()).containsExactly(LoginStep.NEW_PASSWORD);
    }

    @Test
    void the_code_of_the_app_completes_the_log_in_which_the_access_log_records_once() throws Exception {
        Person person = leefcoachWithSecondFactor();
        long before = newestEntry();
        continueInTheBrowser(postPassword(person.username(), PASSWORD));

        navigate("inloggen/stap");
        assertThat(currentView()).isInstanceOf(LoginStepView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("step-code")), codeNow(person));
        _click(_get(Button.class, spec -> spec.withId("step-submit")));

        assertThat(CurrentUser.find()).map(CurrentUser::getUsername).hasValue(person.username());
        assertThat(UI().getInternals().getActiveViewLocation().getPath()).isEqualTo("clienten");
        assertThat(entries("LOGGED_IN", person.username(), before)).hasSize(1);
        assertThat(pendingInUi()).isNull();
    }

    @Test
    void five_wrong_codes_drop_the_pending_log_in_each_one_a_refused_log_in_in_the_access_log() throws Exception {
        Person person = leefcoachWithSecondFactor();
        long before = newestEntry();
        continueInTheBrowser(postPassword(person.username(), PASSWORD));
        navigate("inloggen/stap");
        String wrong = codeNow(person).equals("000000") ? "111111" : "000000";

        for (int i = 1; i < LoginStepsService.MAX_WRONG_CODES; i++) {
            _setValue(_get(TextField.class, spec -> spec.withId("step-code")), wrong);
            _click(_get(Button.class, spec -> spec.withId("step-submit")));
            TextField code = _get(TextField.class, spec -> spec.withId("step-code"));
            assertThat(code.isInvalid()).isTrue();
            assertThat(code.getErrorMessage()).contains("klopt niet")
                    .contains(String.valueOf(LoginStepsService.MAX_WRONG_CODES - i));
        }
        _setValue(_get(TextField.class, spec -> spec.withId("step-code")), wrong);
        _click(_get(Button.class, spec -> spec.withId("step-submit")));

        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(pendingInUi()).isNull();
        assertThat(CurrentUser.find()).isEmpty();
        List<Map<String, Object>> refused = entries("LOGIN_FAILED", person.username(), before);
        assertThat(refused).hasSize(LoginStepsService.MAX_WRONG_CODES).allSatisfy(entry -> {
            assertThat(entry.get("detail")).isEqualTo("tweede factor onjuist");
            assertThat(entry.get("outcome")).isEqualTo("REFUSED");
        });
        assertThat(entries("LOGGED_IN", person.username(), before)).isEmpty();
    }

    @Test
    void knowing_the_password_gives_no_endless_guesses_at_the_code_the_wrong_codes_lock_the_account() throws Exception {
        Person person = leefcoachWithSecondFactor();
        for (int i = 1; i < LoginStepsService.MAX_WRONG_CODES; i++) {
            postPassword(person.username(), "verkeerd-" + i); // four wrong passwords in a row
        }
        continueInTheBrowser(postPassword(person.username(), PASSWORD)); // the right one resets nothing yet
        navigate("inloggen/stap");
        _setValue(_get(TextField.class, spec -> spec.withId("step-code")), codeNow(person).equals("000000")
                ? "111111" : "000000");
        _click(_get(Button.class, spec -> spec.withId("step-submit")));

        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(attempts.isLocked(person.username())).isTrue();
        assertThat(postPassword(person.username(), PASSWORD).getResponse().getRedirectedUrl()).startsWith("/login?error");
    }

    @Test
    void the_beheerders_reset_opens_a_locked_account_at_once_with_the_one_time_password() throws Exception {
        Person person = newLeefcoach();
        for (int i = 0; i < LoginStepsService.MAX_WRONG_CODES; i++) {
            postPassword(person.username(), "verkeerd-" + i);
        }
        assertThat(attempts.isLocked(person.username())).isTrue();

        String oneTime = resetByTheBeheerder(person);

        assertThat(attempts.isLocked(person.username())).isFalse();
        assertThat(postPassword(person.username(), oneTime).getResponse().getRedirectedUrl()).contains("inloggen/stap");
    }

    @Test
    void a_recovery_code_logs_in_once_and_is_refused_the_second_time() throws Exception {
        Person person = leefcoachWithSecondFactor();
        long before = newestEntry();
        String recoveryCode = person.recoveryCodes().get(3);

        continueInTheBrowser(postPassword(person.username(), PASSWORD));
        navigate("inloggen/stap");
        _click(_get(Button.class, spec -> spec.withId("step-use-recovery")));
        _setValue(_get(TextField.class, spec -> spec.withId("step-recovery-code")), recoveryCode.toUpperCase());
        _click(_get(Button.class, spec -> spec.withId("step-submit")));
        assertThat(CurrentUser.find()).map(CurrentUser::getUsername).hasValue(person.username());
        assertThat(entries("RECOVERY_CODE_USED", person.username(), before)).hasSize(1);

        openWithoutLogin();
        continueInTheBrowser(postPassword(person.username(), PASSWORD));
        navigate("inloggen/stap");
        _click(_get(Button.class, spec -> spec.withId("step-use-recovery")));
        _setValue(_get(TextField.class, spec -> spec.withId("step-recovery-code")), recoveryCode);
        _click(_get(Button.class, spec -> spec.withId("step-submit")));
        assertThat(_get(TextField.class, spec -> spec.withId("step-recovery-code")).isInvalid()).isTrue();
        assertThat(CurrentUser.find()).isEmpty();
        assertThat(store.recoveryCodesLeft(person.id())).isEqualTo(SecondFactorStore.RECOVERY_CODES - 1);
    }

    @Test
    void a_half_logged_in_user_opens_no_page_but_the_step_and_calls_no_service() throws Exception {
        Person person = leefcoachWithSecondFactor();
        continueInTheBrowser(postPassword(person.username(), PASSWORD));

        navigate("mijn-account");
        assertThat(currentView()).isInstanceOf(LoginStepView.class);
        navigate("clienten");
        assertThat(currentView()).isInstanceOf(LoginStepView.class);
        assertThatThrownBy(accounts::myAccount).isInstanceOfAny(AuthenticationCredentialsNotFoundException.class,
                AccessDeniedException.class);
    }

    @Test
    void the_step_page_without_a_pending_log_in_sends_to_the_log_in_page_and_cancel_drops_it() throws Exception {
        openWithoutLogin();
        navigate("inloggen/stap");
        assertThat(currentView()).isInstanceOf(LoginView.class);

        Person person = leefcoachWithSecondFactor();
        continueInTheBrowser(postPassword(person.username(), PASSWORD));
        navigate("login");
        assertThat(currentView()).isInstanceOf(LoginStepView.class);

        _click(_get(Button.class, spec -> spec.withId("step-cancel")));
        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(pendingInUi()).isNull();
    }

    @Test
    void a_reset_account_chooses_its_own_password_twice_and_is_then_logged_in() throws Exception {
        Person person = newLeefcoach();
        String oneTime = resetByTheBeheerder(person);
        continueInTheBrowser(postPassword(person.username(), oneTime));
        navigate("inloggen/stap");

        _setValue(_get(com.vaadin.flow.component.textfield.PasswordField.class,
                spec -> spec.withId("step-password-new")), oneTime);
        _setValue(_get(com.vaadin.flow.component.textfield.PasswordField.class,
                spec -> spec.withId("step-password-repeat")), oneTime);
        _click(_get(Button.class, spec -> spec.withId("step-password-save")));
        assertThat(CurrentUser.find()).isEmpty();
        assertThat(_get(com.vaadin.flow.component.textfield.PasswordField.class,
                spec -> spec.withId("step-password-new")).isInvalid()).isTrue();

        _setValue(_get(com.vaadin.flow.component.textfield.PasswordField.class,
                spec -> spec.withId("step-password-new")), "mijn-eigen-nieuwe-wachtwoord");
        _setValue(_get(com.vaadin.flow.component.textfield.PasswordField.class,
                spec -> spec.withId("step-password-repeat")), "mijn-eigen-nieuwe-wachtwoord");
        _click(_get(Button.class, spec -> spec.withId("step-password-save")));

        assertThat(CurrentUser.find()).map(CurrentUser::getUsername).hasValue(person.username());
        AppUser stored = users.findById(person.id()).orElseThrow();
        assertThat(stored.isPasswordChangeRequired()).isFalse();
        assertThat(passwordEncoder.matches("mijn-eigen-nieuwe-wachtwoord", stored.getPasswordHash())).isTrue();
    }

    @Test
    void where_the_role_requires_it_the_log_in_sets_up_a_second_factor_and_shows_the_recovery_codes_once() {
        Person person = newLeefcoach();
        openWithoutLogin();
        VaadinSession.getCurrent().getSession().setAttribute(PendingLogin.SESSION_ATTRIBUTE, new PendingLogin(
                person.id(), person.username(), clock.instant(), List.of(LoginStep.ENROL), 0));
        made.add(person.id());

        navigate("inloggen/stap");
        String secret = _get(TextField.class, spec -> spec.withId("second-factor-secret")).getValue().replace(" ", "");
        _setValue(_get(TextField.class, spec -> spec.withId("second-factor-code")),
                totp.codeAt(secret, clock.instant()));
        _click(_get(Button.class, spec -> spec.withId("second-factor-confirm")));

        assertThat(CurrentUser.find()).map(CurrentUser::getUsername).hasValue(person.username());
        assertThat(store.isOn(person.id())).isTrue();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.ListItem.class,
                spec -> spec.withClasses("recovery-code"))).hasSize(SecondFactorStore.RECOVERY_CODES);
        _click(_get(Button.class, spec -> spec.withId("step-continue")));
        assertThat(UI().getInternals().getActiveViewLocation().getPath()).isEqualTo("clienten");
    }

    @Test
    void the_setting_requires_a_second_factor_only_for_the_roles_that_need_one() {
        LoginSteps required = new LoginSteps(null, null, true);
        LoginSteps optional = new LoginSteps(null, null, false);

        assertThat(required.isSecondFactorRequired(Role.LEEFCOACH)).isTrue();
        assertThat(required.isSecondFactorRequired(Role.VRIJWILLIGER)).isFalse();
        assertThat(optional.isSecondFactorRequired(Role.LEEFCOACH)).isFalse();
    }

    @Test
    void the_secret_is_stored_encrypted_never_as_the_app_reads_it() {
        Person person = leefcoachWithSecondFactor();

        String stored = jdbc.queryForObject("select secret_encrypted from second_factor where user_id = ?",
                String.class, person.id());
        assertThat(stored).doesNotContain(person.secret()).matches("[0-9a-f]+");
        List<String> hashes = jdbc.queryForList("select code_hash from recovery_code where user_id = ?",
                String.class, person.id());
        assertThat(hashes).hasSize(SecondFactorStore.RECOVERY_CODES)
                .noneMatch(hash -> person.recoveryCodes().contains(hash));
    }

    record Person(long id, String username, String secret, List<String> recoveryCodes) {
    }

    private Person newLeefcoach() {
        String username = "stap" + System.nanoTime() % 1_000_000 + "-" + NEXT.incrementAndGet();
        UserAdminService.UserRow row = as("beheerder", () -> admin.createUser(new UserAdminService.NewUser(username,
                "Stap Tester", Role.LEEFCOACH, admin.teams().get(0).id(), null))).user();
        // past the first log-in: the one-time password of the beheerder replaced by one of her own
        transactions.executeWithoutResult(t -> users.findById(row.id()).orElseThrow()
                .changePasswordHash(passwordEncoder.encode(PASSWORD)));
        return new Person(row.id(), username, null, List.of());
    }

    /** The beheerder resets the password: the one-time password to pass on. */
    private String resetByTheBeheerder(Person person) {
        long version = users.findById(person.id()).orElseThrow().getVersion();
        return as("beheerder", () -> admin.resetPassword(person.id(), version)).oneTimePassword();
    }

    /** A new leefcoach who set up a second factor half a minute ago (so the code of now is a fresh one). */
    private Person leefcoachWithSecondFactor() {
        Person person = newLeefcoach();
        String secret = store.begin(person.id(), person.username()).secret();
        List<String> codes = store.confirm(person.id(), totp.codeAt(secret, clock.instant()));
        made.add(person.id());
        clock.advance(Duration.ofSeconds(TotpCodes.PERIOD_SECONDS));
        return new Person(person.id(), person.username(), secret, codes);
    }

    private String codeNow(Person person) {
        return totp.codeAt(person.secret(), clock.instant());
    }

    private MvcResult postPassword(String username, String password) throws Exception {
        org.springframework.security.core.context.SecurityContext own =
                org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        try {
            return mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(own);
        }
    }

    /** The browser goes on to the step page: the pending log-in the form log-in left in the session, in the UI's. */
    private void continueInTheBrowser(MvcResult passwordAccepted) {
        PendingLogin pending = pendingIn((MockHttpSession) passwordAccepted.getRequest().getSession(false));
        if (com.vaadin.flow.component.UI.getCurrent() == null) {
            openWithoutLogin();
        }
        VaadinSession.getCurrent().getSession().setAttribute(PendingLogin.SESSION_ATTRIBUTE, pending);
    }

    private static PendingLogin pendingIn(MockHttpSession session) {
        return (PendingLogin) session.getAttribute(PendingLogin.SESSION_ATTRIBUTE);
    }

    private static Object pendingInUi() {
        return VaadinSession.getCurrent().getSession().getAttribute(PendingLogin.SESSION_ATTRIBUTE);
    }

    private static com.vaadin.flow.component.UI UI() {
        return com.vaadin.flow.component.UI.getCurrent();
    }

    private long newestEntry() {
        Long id = jdbc.queryForObject("select max(id) from access_log_entry", Long.class);
        return id == null ? 0 : id;
    }

    private List<Map<String, Object>> entries(String type, String username, long after) {
        return jdbc.queryForList("select * from access_log_entry where id > ? and event_type = ? and username = ?"
                + " order by id", after, type, username);
    }
}
