package nl.samenplan.security;

import nl.samenplan.base.BusinessRuleException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every logged-in person may do with their own account. */
@Service
@Transactional
public class AccountService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    AccountService(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @PreAuthorize(Permissions.AUTHENTICATED)
    @Transactional(readOnly = true)
    public UserAdminService.UserRow myAccount() {
        return UserAdminService.UserRow.of(loadMe());
    }

    @PreAuthorize(Permissions.AUTHENTICATED)
    public void changeMyPassword(String currentPassword, String newPassword) {
        AppUser me = loadMe();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, me.getPasswordHash())) {
            throw new BusinessRuleException("error.password.wrongCurrent");
        }
        Passwords.requireStorable(newPassword, me.getUsername(), "newPassword");
        me.changePasswordHash(passwordEncoder.encode(newPassword));
    }

    /** My own phone number (none to remove it); the plan prints the plan owner's as the contact. */
    @PreAuthorize(Permissions.AUTHENTICATED)
    public UserAdminService.UserRow changeMyPhone(String phone) {
        AppUser me = loadMe();
        me.changePhone(phone);
        users.flush();
        return UserAdminService.UserRow.of(me);
    }

    private AppUser loadMe() {
        return users.findById(CurrentUser.require().userId())
                .orElseThrow(() -> new BusinessRuleException("error.user.notFound"));
    }
}
