package nl.samenplan.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.samenplan.base.SearchTerm;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the people in the access log are, for its reports: display names by user id (one query per page of the
 * report, never one per line), and the privacy officer's search for the user whose report they produce. Names and
 * roles only; no passwords, no contact details.
 */
@Service
@Transactional(readOnly = true)
public class PeopleService {

    private final AppUserRepository users;

    PeopleService(AppUserRepository users) {
        this.users = users;
    }

    /** The display names of these users, in one query; ids without a user are left out. */
    @PreAuthorize(Permissions.ACCESS_REPORT)
    public Map<Long, String> displayNames(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return users.findAllById(userIds).stream()
                .collect(Collectors.toMap(AppUser::getId, AppUser::getDisplayName, (a, b) -> a));
    }

    /** A page of all users whose name or username matches, by name: whose access report to produce. */
    @PreAuthorize(Permissions.PRIVACY_OFFICE)
    public Page<Person> findPeople(String search, Pageable pageable) {
        Pageable byName = pageable.isPaged() && pageable.getSort().isUnsorted()
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("displayName", "id"))
                : pageable;
        return users.search(SearchTerm.of(search), byName).map(Person::of);
    }

    /** One user, for the heading of their report. */
    @PreAuthorize(Permissions.PRIVACY_OFFICE)
    public Optional<Person> person(long userId) {
        return users.findById(userId).map(Person::of);
    }

    /** A user as the reports name them: display name and username (a new account cannot pose as a colleague). */
    public record Person(long id, String displayName, String username, Role role, String teamName) {

        static Person of(AppUser user) {
            return new Person(user.getId(), user.getDisplayName(), user.getUsername(), user.getRole(),
                    user.getTeam() == null ? null : user.getTeam().getName());
        }

        /** "Sanne Mulder (leefcoach)". */
        public String label() {
            return displayName + " (" + username + ")";
        }
    }
}
