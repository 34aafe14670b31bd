package nl.samenplan.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.samenplan.base.BusinessRuleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps after the password ({@link LoginStep}): the caller is anonymous (a half log-in reaches no page and no
 * other service), so every method acts only on the pending log-in of the caller's own HTTP session. After the last
 * step the log-in is complete: the security context holds the user, the session id changes and the access log
 * records the log-in (once, now).
 */
@Service
@Transactional
public class LoginStepsService {

    /** The address of the step page (the form log-in sends a half-logged-in user there). */
    public static final String STEP_ROUTE = "inloggen/stap";
    /** Wrong codes allowed for one pending log-in; then it is dropped and the log-in begins again. */
    public static final int MAX_WRONG_CODES = 5;

    private final AppUserRepository users;
    private final SecondFactorStore secondFactors;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LoginAttempts attempts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    LoginStepsService(AppUserRepository users, SecondFactorStore secondFactors, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events, Clock clock, LoginAttempts attempts) {
        this.attempts = attempts;
        this.users = users;
        this.secondFactors = secondFactors;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** The step the caller's pending log-in is at, if there is one. */
    @PreAuthorize(Permissions.ANYONE)
    @Transactional(readOnly = true)
    public Optional<PendingStep> pending() {
        return find().map(p -> new PendingStep(p.current(), p.username(), MAX_WRONG_CODES - p.wrongCodes()));
    }

    /** The six-digit code of the authenticator app. */
    @PreAuthorize(Permissions.ANYONE)
    public StepOutcome submitCode(String code) {
        PendingLogin pending = find().filter(p -> p.current() == LoginStep.CODE).orElse(null);
        if (pending == null) {
            return StepOutcome.of(Result.EXPIRED);
        }
        if (!secondFactors.checkCode(pending.userId(), code)) {
            return wrongCode(pending);
        }
        return next(pending.done(LoginStep.CODE));
    }

    /** One of the ten recovery codes instead of the app's code; it is spent and the access log records its use. */
    @PreAuthorize(Permissions.ANYONE)
    public StepOutcome submitRecoveryCode(String recoveryCode) {
        PendingLogin pending = find().filter(p -> p.current() == LoginStep.CODE).orElse(null);
        if (pending == null) {
            return StepOutcome.of(Result.EXPIRED);
        }
        if (!secondFactors.useRecoveryCode(pending.userId(), recoveryCode)) {
            return wrongCode(pending);
        }
        users.findById(pending.userId()).ifPresent(user -> events.publishEvent(
                new LoginStepEvent(LoginStepEvent.Kind.RECOVERY_CODE_USED, CurrentUser.of(user))));
        return next(pending.done(LoginStep.CODE));
    }

    /**
     * A password of one's own instead of the one-time password (not asked again: it was just typed). The rules of
     * every new password apply, and it must differ from the one-time password.
     */
    @PreAuthorize(Permissions.ANYONE)
    public StepOutcome chooseNewPassword(String newPassword) {
        PendingLogin pending = find().filter(p -> p.current() == LoginStep.NEW_PASSWORD).orElse(null);
        if (pending == null) {
            return StepOutcome.of(Result.EXPIRED);
        }
        AppUser user = users.findById(pending.userId()).orElse(null);
        if (user == null) {
            return drop(Result.EXPIRED);
        }
        Passwords.requireStorable(newPassword, user.getUsername(), "newPassword");
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new BusinessRuleException("error.password.sameAsOneTime");
        }
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        users.flush();
        return next(pending.done(LoginStep.NEW_PASSWORD));
    }

    /** A new secret for the enrolment step (again when asked again: the earlier one was never confirmed). */
    @PreAuthorize(Permissions.ANYONE)
    public SecondFactorEnrolment beginEnrolment() {
        PendingLogin pending = find().filter(p -> p.current() == LoginStep.ENROL)
                .orElseThrow(() -> new BusinessRuleException("error.login.stepExpired"));
        return secondFactors.begin(pending.userId(), pending.username());
    }

    /**
     * Confirms the enrolment with the app's first code: the second factor is on, and the outcome carries the ten
     * recovery codes to show once. A wrong code here is refused without counting (there is no second factor yet).
     */
    @PreAuthorize(Permissions.ANYONE)
    public StepOutcome confirmEnrolment(String code) {
        PendingLogin pending = find().filter(p -> p.current() == LoginStep.ENROL).orElse(null);
        if (pending == null) {
            return StepOutcome.of(Result.EXPIRED);
        }
        List<String> recoveryCodes = secondFactors.confirm(pending.userId(), code);
        StepOutcome outcome = next(pending.done(LoginStep.ENROL));
        return new StepOutcome(outcome.result(), outcome.next(), outcome.landingRoute(), outcome.triesLeft(),
                recoveryCodes);
    }

    /** "Annuleren": the pending log-in is dropped; the log-in page begins again. */
    @PreAuthorize(Permissions.ANYONE)
    public void cancel() {
        PendingLogins.drop(LoginRequests.request());
    }

    /**
     * A wrong code for this pending log-in: counted, told to the access log (a refused log-in), and after
     * {@value #MAX_WRONG_CODES} the pending log-in is dropped. It counts towards the account's lock-out as a wrong
     * password does (the right password resets nothing until the whole log-in is done), so knowing the password gives
     * no endless guesses at the code: a lock drops the pending log-in at once.
     */
    private StepOutcome wrongCode(PendingLogin pending) {
        PendingLogin counted = pending.oneMoreWrongCode();
        users.findById(pending.userId()).ifPresent(user -> events.publishEvent(
                new LoginStepEvent(LoginStepEvent.Kind.WRONG_CODE, CurrentUser.of(user))));
        LoginAttempts.Outcome lockOut = attempts.failed(pending.username(), LoginRequests.request().getRemoteAddr());
        if (lockOut == LoginAttempts.Outcome.LOCKED_NOW || lockOut == LoginAttempts.Outcome.STILL_LOCKED
                || counted.wrongCodes() >= MAX_WRONG_CODES) {
            return drop(Result.TOO_MANY_WRONG_CODES);
        }
        PendingLogins.store(LoginRequests.request(), counted);
        return new StepOutcome(Result.WRONG_CODE, LoginStep.CODE, null, MAX_WRONG_CODES - counted.wrongCodes(),
                List.of());
    }

    private StepOutcome next(PendingLogin pending) {
        if (!pending.isComplete()) {
            PendingLogins.store(LoginRequests.request(), pending);
            return new StepOutcome(Result.NEXT_STEP, pending.current(), null, MAX_WRONG_CODES - pending.wrongCodes(),
                    List.of());
        }
        return complete(pending);
    }

    /**
     * Every step done: the user is logged in now. The principal is read afresh (deactivated meanwhile: no log-in),
     * stored in the session under a new session id, and the log-in is published for the access log.
     */
    private StepOutcome complete(PendingLogin pending) {
        AppUser user = users.findById(pending.userId()).filter(AppUser::isActive).orElse(null);
        if (user == null) {
            return drop(Result.EXPIRED);
        }
        HttpServletRequest request = LoginRequests.request();
        PendingLogins.drop(request);
        request.changeSessionId();
        CurrentUser principal = CurrentUser.of(user);
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, LoginRequests.response());
        events.publishEvent(new AuthenticationSuccessEvent(authentication));
        return new StepOutcome(Result.LOGGED_IN, null, user.getRole().landingRoute(), 0, List.of());
    }

    private StepOutcome drop(Result result) {
        PendingLogins.drop(LoginRequests.request());
        return StepOutcome.of(result);
    }

    private Optional<PendingLogin> find() {
        return PendingLogins.find(LoginRequests.request(), clock.instant());
    }

    /** Where a pending log-in stands: the step it is at, whose it is, how many wrong codes are left. */
    public record PendingStep(LoginStep step, String username, int triesLeft) {
    }

    /** What a step led to. */
    public enum Result {
        /** Done; another step follows ({@link StepOutcome#next()}). */
        NEXT_STEP,
        /** The last step is done: logged in, to the landing route. */
        LOGGED_IN,
        /** The code was wrong; tries are left. */
        WRONG_CODE,
        /** The code was wrong too often: the log-in begins again. */
        TOO_MANY_WRONG_CODES,
        /** There is no pending log-in (any more): the log-in begins again. */
        EXPIRED
    }

    /** The result, the next step or the landing route, tries left, and the recovery codes just made (to show once). */
    public record StepOutcome(Result result, LoginStep next, String landingRoute, int triesLeft,
            List<String> recoveryCodes) {

        static StepOutcome of(Result result) {
            return new StepOutcome(result, null, null, 0, List.of());
        }
    }
}
