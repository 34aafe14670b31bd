package nl.samenplan.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.samenplan.base.UserDisplay;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person as the security context holds them: who, which role, which team. Services
 * read the team from here, so that team scoping never depends on what a view passes in.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, UserDisplay, Serializable {

    private final long userId;
    private final String username;
    /** Only while the log-in checks it: Spring Security erases it then ({@link #eraseCredentials()}). */
    private String passwordHash;
    private final String displayName;
    private final Role role;
    private final Long teamId;
    private final String teamName;
    private final String organisationName;
    private final boolean active;

    public CurrentUser(long userId, String username, String passwordHash, String displayName, Role role,
            Long teamId, String teamName, String organisationName, boolean active) {
        this.userId = userId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.teamId = teamId;
        this.teamName = teamName;
        this.organisationName = organisationName;
        this.active = active;
    }

    static CurrentUser of(AppUser user) {
        Team team = user.getTeam();
        Organisation organisation = user.getOrganisation();
        return new CurrentUser(user.getId(), user.getUsername(), user.getPasswordHash(), user.getDisplayName(),
                user.getRole(), team == null ? null : team.getId(), team == null ? null : team.getName(),
                organisation == null ? null : organisation.getName(), user.isActive());
    }

    /** The user of the current request or UI, if logged in. */
    public static Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The user of the current request; services call this behind {@code @PreAuthorize}. */
    public static CurrentUser require() {
        return find().orElseThrow(() -> new IllegalStateException("No logged-in user"));
    }

    /** Whether the current user may change client files (views show or hide their edit actions). */
    public static boolean canWriteClientFiles() {
        return find().map(user -> user.role().writesClientFiles()).orElse(false);
    }

    /** The team whose clients this user may see; fails for users without a team. */
    public long requireTeamId() {
        if (teamId == null) {
            throw new org.springframework.security.access.AccessDeniedException("User has no team");
        }
        return teamId;
    }

    /**
     * Whether this user may produce the access report or the export of a client of this team: the privacy officer
     * for every team, anyone else only for their own (the report checks the plan owner on top of this).
     */
    public boolean mayReportOnTeam(long clientTeamId) {
        return role == Role.PRIVACY || teamId != null && teamId == clientTeamId;
    }

    public long userId() {
        return userId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String roleLabelKey() {
        return role.labelKey();
    }

    public Role role() {
        return role;
    }

    public Optional<Long> teamId() {
        return Optional.ofNullable(teamId);
    }

    @Override
    public Optional<String> teamName() {
        return Optional.ofNullable(teamName);
    }

    /** The organisation the user works for (the access log records it), if the account names one. */
    public Optional<String> organisationName() {
        return Optional.ofNullable(organisationName);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    /**
     * Forgets the password hash once the log-in has checked it (Spring Security's authentication manager calls this),
     * so the principal kept in the session, and anything that serialises it, holds no hash.
     */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurrentUser other && other.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + ", " + role + "]";
    }
}
