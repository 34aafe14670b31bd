package nl.samenplan.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which steps a user owes after their password was accepted ({@link LoginStep}), and which roles must have a second
 * factor when the setting {@code samenplan.security.second-factor.required} is on.
 */
@Component
class LoginSteps {

    private final AppUserRepository users;
    private final SecondFactorRepository secondFactors;
    private final boolean secondFactorRequired;

    LoginSteps(AppUserRepository users, SecondFactorRepository secondFactors,
            @Value("${samenplan.security.second-factor.required:false}") boolean secondFactorRequired) {
        this.users = users;
        this.secondFactors = secondFactors;
        this.secondFactorRequired = secondFactorRequired;
    }

    /**
     * The roles that must have a second factor when the setting requires it: every role that reads client files or
     * the access log ({@link Role#grantsClientAccess()}), the vrijwilligerscoördinator (who reads clients' needs to
     * match a volunteer) and the beheerder (who gives those roles). Not the manager (figures of at least a few
     * clients, never a file) nor the volunteer (their own tasks only).
     */
    static boolean roleNeedsSecondFactor(Role role) {
        return role.grantsClientAccess() || role == Role.BEHEERDER || role == Role.VRIJWILLIGERSCOORDINATOR;
    }

    boolean isSecondFactorRequired(Role role) {
        return secondFactorRequired && roleNeedsSecondFactor(role);
    }

    @Transactional(readOnly = true)
    List<LoginStep> owedBy(long userId) {
        return users.findById(userId).map(this::owedBy).orElse(List.of());
    }

    /** In order: the code of an enrolled second factor, a password of one's own, the enrolment where required. */
    List<LoginStep> owedBy(AppUser user) {
        boolean enrolled = secondFactors.findById(user.getId()).map(SecondFactor::isConfirmed).orElse(false);
        return owed(enrolled, user.isPasswordChangeRequired(), isSecondFactorRequired(user.getRole()));
    }

    static List<LoginStep> owed(boolean enrolled, boolean passwordChangeRequired, boolean secondFactorRequired) {
        List<LoginStep> owed = new ArrayList<>();
        if (enrolled) {
            owed.add(LoginStep.CODE);
        }
        if (passwordChangeRequired) {
            owed.add(LoginStep.NEW_PASSWORD);
        }
        if (!enrolled && secondFactorRequired) {
            owed.add(LoginStep.ENROL);
        }
        return List.copyOf(owed);
    }
}
