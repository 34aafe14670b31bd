package nl.samenplan.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks users up in the database for the login; deactivated users are refused by Spring Security. */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    AppUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return users.findByUsername(normalised)
                .map(CurrentUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
