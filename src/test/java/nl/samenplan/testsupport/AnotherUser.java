package nl.samenplan.testsupport;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Another person doing something meanwhile, from their own screen: runs a service call as that demo account
 * and then gives the test's own login back (the open UI stays the first user's).
 */
public final class AnotherUser {

    private final UserDetailsService users;

    public AnotherUser(UserDetailsService users) {
        this.users = users;
    }

    public void does(String username, Runnable action) {
        does(username, () -> {
            action.run();
            return null;
        });
    }

    public <T> T does(String username, Supplier<T> action) {
        SecurityContext own = SecurityContextHolder.getContext();
        UserDetails other = users.loadUserByUsername(username);
        SecurityContextHolder.setContext(new SecurityContextImpl(
                new UsernamePasswordAuthenticationToken(other, null, other.getAuthorities())));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(own);
        }
    }

    /**
     * A second beheerder (Karin Veldman, "beheerder2"), made once through the user administration: the demo data
     * has one beheerder, and some tests need two administrators at work at the same time.
     */
    public String secondAdministrator(nl.samenplan.security.UserAdminService admin) {
        try {
            users.loadUserByUsername(SECOND_ADMINISTRATOR);
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            does("beheerder", () -> admin.createUser(new nl.samenplan.security.UserAdminService.NewUser(
                    SECOND_ADMINISTRATOR, "Karin Veldman", nl.samenplan.security.Role.BEHEERDER, null, null)));
        }
        return SECOND_ADMINISTRATOR;
    }

    private static final String SECOND_ADMINISTRATOR = "beheerder2";

    /**
     * A new user made by the beheerder (with a one-time password), who then chose {@code password} themselves, as the
     * first log-in asks: the account logs in with it and owes no password change.
     */
    public nl.samenplan.security.UserAdminService.UserRow newUserWithPassword(
            nl.samenplan.security.UserAdminService admin, nl.samenplan.security.AccountService accounts,
            nl.samenplan.security.UserAdminService.NewUser user, String password) {
        var issued = does("beheerder", () -> admin.createUser(user));
        does(issued.user().username(), () -> accounts.changeMyPassword(issued.oneTimePassword(), password));
        return issued.user();
    }

    /** Logs this thread in as the given account (for work on a thread of the test's own). */
    public void logInThisThread(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.setContext(new SecurityContextImpl(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities())));
    }
}
