package nl.samenplan.security;

import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.base.access.LogsAccess;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.InputValidation;
import nl.samenplan.base.InvalidInputException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's work on users, teams and organisations. No client data passes here. */
@Service
@Transactional
public class UserAdminService {

    /** The fewest characters of a password (the other rules: {@link Passwords}). */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final AppUserRepository users;
    private final TeamRepository teams;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final OneTimePasswords oneTimePasswords = new OneTimePasswords();

    private final java.time.Duration oneTimePasswordValid;
    private final SecondFactorStore secondFactors;
    private final LoginAttempts attempts;

    UserAdminService(AppUserRepository users, TeamRepository teams, OrganisationRepository organisations,
            PasswordEncoder passwordEncoder, Clock clock, org.springframework.context.ApplicationEventPublisher events,
            @org.springframework.beans.factory.annotation.Value("${samenplan.security.one-time-password-valid:72h}")
            java.time.Duration oneTimePasswordValid, SecondFactorStore secondFactors, LoginAttempts attempts) {
        this.attempts = attempts;
        this.events = events;
        this.oneTimePasswordValid = oneTimePasswordValid;
        this.secondFactors = secondFactors;
        this.users = users;
        this.teams = teams;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @PreAuthorize(Permissions.ADMINISTRATION)
    @Transactional(readOnly = true)
    public Page<UserRow> findUsers(String search, Pageable pageable) {
        String term = nl.samenplan.base.SearchTerm.of(search);
        return users.search(term, pageable).map(UserRow::of);
    }

    /**
     * Creates a user with a generated one-time password, returned once for the beheerder to pass on: no one types or
     * knows another's password; the new user chooses their own at the first log-in.
     */
    @PreAuthorize(Permissions.ADMINISTRATION)
    @LogsAccess(AccessEventType.ADMINISTRATION_CHANGED)
    public IssuedPassword createUser(NewUser request) {
        InputValidation.require(request);
        if (!AppUser.isValidUsername(request.username())) {
            throw new InvalidInputException("username", "error.user.username.invalid");
        }
        String username = AppUser.normaliseUsername(request.username());
        if (users.existsByUsername(username)) {
            throw new BusinessRuleException("error.user.username.taken", username);
        }
        Team team = teamFor(request.role(), request.teamId());
        Organisation organisation = request.organisationId() == null ? null
                : organisations.findById(request.organisationId())
                        .orElseThrow(() -> new BusinessRuleException("error.organisation.notFound"));
        String oneTimePassword = oneTimePasswords.next();
        String hash = passwordEncoder.encode(oneTimePassword);
        java.time.Instant now = clock.instant();
        AppUser user = new AppUser(username, hash, required(request.displayName()), request.role(), team,
                organisation, now);
        user.resetPasswordHash(hash, now);
        if (request.role() == Role.MANAGER) {
            user.follow(followed(request.followedTeamIds(), team));
        }
        UserRow saved = UserRow.of(users.saveAndFlush(user));
        if (request.role().grantsClientAccess()) {
            events.publishEvent(new RoleGranted(saved.id(), saved.username(), saved.role(), saved.teamId(),
                    saved.teamName()));
        }
        return new IssuedPassword(saved, oneTimePassword, now.plus(oneTimePasswordValid));
    }

    /**
     * Resets a user's password to a generated one-time password, returned once for the beheerder to pass on. It opens
     * only the step where the user chooses their own, and only for {@code samenplan.security.one-time-password-valid};
     * the user's open sessions end ({@link AccessChanged}, handled after the commit).
     */
    @PreAuthorize(Permissions.ADMINISTRATION)
    @LogsAccess(AccessEventType.ADMINISTRATION_CHANGED)
    public IssuedPassword resetPassword(long userId, long expectedVersion) {
        AppUser user = load(userId, expectedVersion);
        String oneTimePassword = oneTimePasswords.next();
        java.time.Instant now = clock.instant();
        user.resetPasswordHash(passwordEncoder.encode(oneTimePassword), now);
        UserRow saved = UserRow.of(users.saveAndFlush(user));
        attempts.unlock(saved.username()); // a locked-out user asked for help: the one-time password opens at once
        events.publishEvent(new AccessChanged(saved.id(), AccessChanged.Reason.PASSWORD_RESET));
        return new IssuedPassword(saved, oneTimePassword, now.plus(oneTimePasswordValid));
    }

    @PreAuthorize(Permissions.ADMINISTRATION)
    @LogsAccess(AccessEventType.ADMINISTRATION_CHANGED)
    public UserRow changeUser(long userId, long expectedVersion, String displayName, Role role, Long teamId,
            Long organisationId) {
        return changeUser(userId, expectedVersion, displayName, role, teamId, organisationId, null);
    }

    /**
     * Changes a user; {@code followedTeamIds} are the teams a manager follows on the dashboard (null: as they were, or
     * the own team for someone who becomes a manager). Giving someone a role with access to client files, or moving
     * such a user to another team, is told to the access log ({@link RoleGranted}).
     */
    @PreAuthorize(Permissions.ADMINISTRATION)
    public UserRow changeUser(long userId, long expectedVersion, String displayName, Role role, Long teamId,
            Long organisationId, java.util.Set<Long> followedTeamIds) {
        InputValidation.require(new DisplayNameInput(displayName));
        AppUser user = load(userId, expectedVersion);
        Organisation organisation = organisationId == null ? null
                : organisations.findById(organisationId)
                        .orElseThrow(() -> new BusinessRuleException("error.organisation.notFound"));
        Role roleBefore = user.getRole();
        Long teamBefore = user.getTeam() == null ? null : user.getTeam().getId();
        Team team = teamFor(role, teamId);
        user.change(required(displayName), role, team, organisation);
        if (role == Role.MANAGER) {
            user.follow(followedTeamIds == null && roleBefore == Role.MANAGER ? user.getFollowedTeamIds()
                    : followed(followedTeamIds, team));
        }
        UserRow saved = UserRow.of(users.saveAndFlush(user)); // flushed: the row carries the version now stored
        boolean granted = role != roleBefore || !java.util.Objects.equals(teamBefore, saved.teamId());
        if (granted && role.grantsClientAccess()) {
            events.publishEvent(new RoleGranted(saved.id(), saved.username(), saved.role(), saved.teamId(),
                    saved.teamName()));
        }
        if (granted) {
            // the open sessions still carry the old role and team: they end once this commits
            events.publishEvent(new AccessChanged(saved.id(), AccessChanged.Reason.ROLE_OR_TEAM_CHANGED));
        }
        return saved;
    }

    /** The teams a manager follows: those chosen (each must exist), or else the manager's own team. */
    private java.util.Set<Long> followed(java.util.Set<Long> chosen, Team own) {
        if (chosen == null || chosen.isEmpty()) {
            if (own == null) {
                throw new BusinessRuleException("error.user.followedTeams.required");
            }
            return java.util.Set.of(own.getId());
        }
        if (teams.findAllById(chosen).size() != chosen.size()) {
            throw new BusinessRuleException("error.team.notFound");
        }
        return java.util.Set.copyOf(chosen);
    }

    @PreAuthorize(Permissions.ADMINISTRATION)
    @LogsAccess(AccessEventType.ADMINISTRATION_CHANGED)
    public UserRow setActive(long userId, long expectedVersion, boolean active) {
        AppUser user = load(userId, expectedVersion);
        if (!active && user.getId() == CurrentUser.require().userId()) {
            throw new BusinessRuleException("error.user.deactivateSelf");
        }
        if (active) {
            user.activate();
        } else {
            user.deactivate();
        }
        UserRow saved = UserRow.of(users.save(user));
        if (!active) {
            // a deactivated user's open sessions end once this commits
            events.publishEvent(new AccessChanged(saved.id(), AccessChanged.Reason.DEACTIVATED));
        }
        return saved;
    }

    /**
     * Resets a user's second factor (a lost phone): it and its recovery codes are gone, the user's open sessions end
     * ({@link AccessChanged}), and they set one up again at the next log-in where their role requires it.
     */
    @PreAuthorize(Permissions.ADMINISTRATION)
    @LogsAccess(AccessEventType.SECOND_FACTOR_RESET)
    public SecondFactorReset resetSecondFactor(long userId, long expectedVersion) {
        AppUser user = load(userId, expectedVersion);
        if (!secondFactors.isOn(userId)) {
            throw new BusinessRuleException("error.secondFactor.noneToReset");
        }
        secondFactors.remove(userId);
        events.publishEvent(new AccessChanged(userId, AccessChanged.Reason.SECOND_FACTOR_RESET));
        return new SecondFactorReset(user.getId(), user.getUsername());
    }

    /** Whether the user has a second factor (the user dialog offers the reset only then). */
    @PreAuthorize(Permissions.ADMINISTRATION)
    @Transactional(readOnly = true)
    public boolean hasSecondFactor(long userId) {
        return secondFactors.isOn(userId);
    }

    /** Whose second factor was reset: the access-log entry names them. */
    public record SecondFactorReset(long userId, String username) implements nl.samenplan.base.access.AccessDetail {

        @Override
        public String accessDetail() {
            return "userId=" + userId + ";username=" + username;
        }
    }

    @PreAuthorize(Permissions.ADMINISTRATION)
    @Transactional(readOnly = true)
    public List<TeamRow> teams() {
        return teams.findAllByOrderByNameAsc().stream().map(TeamRow::of).toList();
    }

    @PreAuthorize(Permissions.ADMINISTRATION)
    @LogsAccess(AccessEventType.ADMINISTRATION_CHANGED)
    public TeamRow createTeam(String name, String area) {
        InputValidation.require(new TeamInput(name, area));
        String cleanName = required(name);
        if (teams.existsByNameIgnoreCase(cleanName)) {
            throw new BusinessRuleException("error.team.nameTaken", cleanName);
        }
        return TeamRow.of(teams.save(new Team(cleanName, required(area))));
    }

    @PreAuthorize(Permissions.ADMINISTRATION)
    @Transactional(readOnly = true)
    public List<OrganisationRow> organisations() {
        return organisations.findAllByOrderByNameAsc().stream().map(OrganisationRow::of).toList();
    }

    @PreAuthorize(Permissions.ADMINISTRATION)
    @LogsAccess(AccessEventType.ADMINISTRATION_CHANGED)
    public OrganisationRow createOrganisation(String name) {
        InputValidation.require(new OrganisationInput(name));
        String cleanName = required(name);
        if (organisations.existsByNameIgnoreCase(cleanName)) {
            throw new BusinessRuleException("error.organisation.nameTaken", cleanName);
        }
        return OrganisationRow.of(organisations.save(new Organisation(cleanName)));
    }

    private AppUser load(long userId, long expectedVersion) {
        AppUser user = users.findById(userId).orElseThrow(() -> new BusinessRuleException("error.user.notFound"));
        if (user.getVersion() != expectedVersion) {
            throw new BusinessRuleException("error.concurrentChange");
        }
        return user;
    }

    private Team teamFor(Role role, Long teamId) {
        if (role == null) {
            throw new BusinessRuleException("error.user.role.required");
        }
        if (!role.needsTeam()) {
            return null;
        }
        if (teamId == null) {
            throw new BusinessRuleException("error.user.team.required");
        }
        return teams.findById(teamId).orElseThrow(() -> new BusinessRuleException("error.team.notFound"));
    }

    private static String required(String value) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException("error.required");
        }
        return value.strip();
    }

    /** What a new user needs: the administrator types it once (the password is generated, never typed). */
    public record NewUser(
            @Size(max = SecurityLimits.USERNAME, message = "error.user.username.invalid") String username,
            @NotBlank(message = "error.required") @Size(max = SecurityLimits.DISPLAY_NAME) String displayName,
            Role role, Long teamId, Long organisationId, java.util.Set<Long> followedTeamIds) {

        /** A user who follows no teams (anyone but a manager; a manager then follows their own team). */
        public NewUser(String username, String displayName, Role role, Long teamId, Long organisationId) {
            this(username, displayName, role, teamId, organisationId, null);
        }
    }

    /**
     * A user with a one-time password just issued: shown once to the beheerder to pass on, stored only as a hash; it
     * must be changed at the next log-in, and opens nothing after {@code validUntil}.
     */
    public record IssuedPassword(UserRow user, String oneTimePassword, java.time.Instant validUntil) {

        @Override
        public String toString() {
            return "IssuedPassword[" + user.username() + "]"; // never the password in a log line
        }
    }

    /** A user as the administration list shows it. */
    public record UserRow(long id, long version, String username, String displayName, Role role, Long teamId,
            String teamName, Long organisationId, String organisationName, boolean active, String phone,
            java.util.Set<Long> followedTeamIds) {

        public UserRow(long id, long version, String username, String displayName, Role role, Long teamId,
                String teamName, Long organisationId, String organisationName, boolean active) {
            this(id, version, username, displayName, role, teamId, teamName, organisationId, organisationName, active,
                    null, java.util.Set.of());
        }

        static UserRow of(AppUser user) {
            Team team = user.getTeam();
            Organisation organisation = user.getOrganisation();
            return new UserRow(user.getId(), user.getVersion(), user.getUsername(), user.getDisplayName(),
                    user.getRole(), team == null ? null : team.getId(), team == null ? null : team.getName(),
                    organisation == null ? null : organisation.getId(),
                    organisation == null ? null : organisation.getName(), user.isActive(), user.getPhone(),
                    user.getFollowedTeamIds());
        }
    }

    public record TeamRow(long id, String name, String area) {
        static TeamRow of(Team team) {
            return new TeamRow(team.getId(), team.getName(), team.getArea());
        }
    }

    public record OrganisationRow(long id, String name) {
        static OrganisationRow of(Organisation organisation) {
            return new OrganisationRow(organisation.getId(), organisation.getName());
        }
    }
}
