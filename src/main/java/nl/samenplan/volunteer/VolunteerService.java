package nl.samenplan.volunteer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.InputValidation;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import nl.samenplan.security.Role;
import nl.samenplan.security.TeamService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The volunteer register of a team, kept by the vrijwilligerscoördinator; and a volunteer's own
 * profile, where they can set themselves on pause.
 */
@Service
@Transactional(readOnly = true)
public class VolunteerService {

    private final VolunteerRepository volunteers;
    private final VolunteerRegister register;
    private final TeamService team;
    private final Clock clock;

    VolunteerService(VolunteerRepository volunteers, VolunteerRegister register, TeamService team, Clock clock) {
        this.volunteers = volunteers;
        this.register = register;
        this.team = team;
        this.clock = clock;
    }

    /** A page of the register, searched and filtered in the database, by name unless sorted otherwise. */
    @PreAuthorize(Permissions.VOLUNTEER_ADMIN)
    public Page<VolunteerRow> find(VolunteerFilter filter, Pageable pageable) {
        VolunteerFilter f = filter == null ? VolunteerFilter.NONE : filter;
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name"));
        Page<Volunteer> page = volunteers.search(CurrentUser.require().requireTeamId(),
                nl.samenplan.base.SearchTerm.of(f.search()), f.status(), f.serviceId(),
                sorted);
        Map<Long, Integer> load = register.load(page.getContent().stream().map(Volunteer::getId).toList());
        return new PageImpl<>(page.getContent().stream().map(v -> row(v, load.getOrDefault(v.getId(), 0))).toList(),
                sorted, page.getTotalElements());
    }

    @PreAuthorize(Permissions.VOLUNTEER_ADMIN)
    public VolunteerDetails get(long id) {
        Volunteer v = load(id);
        return new VolunteerDetails(v.getId(), v.getVersion(), v.data());
    }

    @PreAuthorize(Permissions.VOLUNTEER_ADMIN)
    @Transactional
    public long create(VolunteerData data) {
        InputValidation.require(data);
        Volunteer volunteer = new Volunteer(CurrentUser.require().requireTeamId(), clock.instant());
        requireFreeLogin(data.userId(), null);
        volunteer.change(data, LocalDate.now(clock));
        return volunteers.save(volunteer).getId();
    }

    @PreAuthorize(Permissions.VOLUNTEER_ADMIN)
    @Transactional
    public VolunteerDetails update(long id, long expectedVersion, VolunteerData data) {
        InputValidation.require(data);
        Volunteer volunteer = load(id);
        if (volunteer.getVersion() != expectedVersion) {
            throw new BusinessRuleException("error.concurrentChange");
        }
        requireFreeLogin(data.userId(), id);
        volunteer.change(data, LocalDate.now(clock));
        volunteers.flush();
        return new VolunteerDetails(volunteer.getId(), volunteer.getVersion(), volunteer.data());
    }

    /** The logins of the team's volunteers (role vrijwilliger), to link to an entry of the register. */
    @PreAuthorize(Permissions.VOLUNTEER_ADMIN)
    public List<TeamService.Colleague> logins() {
        return team.colleagues().stream().filter(TeamService.Colleague::volunteer).toList();
    }

    /** The logged-in volunteer's own entry in the register, if the coordinator linked it. */
    @PreAuthorize(Permissions.VOLUNTEER_SELF)
    public Optional<MyProfile> myProfile() {
        return volunteers.findByUserId(CurrentUser.require().userId()).map(v -> {
            int load = register.load(List.of(v.getId())).getOrDefault(v.getId(), 0);
            return new MyProfile(v.getVersion(), v.data(), load);
        });
    }

    /** The volunteer sets themselves on pause (the rules propose them for nothing new) or back. */
    @PreAuthorize(Permissions.VOLUNTEER_SELF)
    @Transactional
    public void pauseMe(boolean paused) {
        Volunteer v = volunteers.findByUserId(CurrentUser.require().userId())
                .orElseThrow(() -> new BusinessRuleException("error.volunteer.noProfile"));
        v.pause(paused);
    }

    private void requireFreeLogin(Long userId, Long volunteerId) {
        if (userId == null) {
            return;
        }
        boolean volunteerOfTeam = team.colleagues().stream()
                .anyMatch(c -> c.id() == userId && c.role() == Role.VRIJWILLIGER);
        if (!volunteerOfTeam) {
            throw new BusinessRuleException("error.volunteer.loginNotVolunteer");
        }
        boolean taken = volunteerId == null ? volunteers.existsByUserId(userId)
                : volunteers.existsByUserIdAndIdNot(userId, volunteerId);
        if (taken) {
            throw new BusinessRuleException("error.volunteer.loginTaken");
        }
    }

    private Volunteer load(long id) {
        return volunteers.findByIdAndTeamId(id, CurrentUser.require().requireTeamId())
                .orElseThrow(() -> new BusinessRuleException("error.volunteer.notFound"));
    }

    private static VolunteerRow row(Volunteer v, int load) {
        VolunteerData d = v.data();
        return new VolunteerRow(v.getId(), d.name(), d.village(), d.services(), d.availability(), d.status(),
                d.maxPerWeek(), load, d.vogPresent(), d.userId() != null);
    }

    /** The register's filters; all applied in the database. */
    public record VolunteerFilter(String search, VolunteerStatus status, Long serviceId) {
        public static final VolunteerFilter NONE = new VolunteerFilter(null, null, null);
    }

    /** A volunteer as the register lists them, with this week's load. */
    public record VolunteerRow(long id, String name, String village, Set<Long> services, Set<Slot> availability,
            VolunteerStatus status, int maxPerWeek, int load, boolean vog, boolean hasLogin) {
    }

    public record VolunteerDetails(long id, long version, VolunteerData data) {
    }

    /** A volunteer's own profile and this week's load. */
    public record MyProfile(long version, VolunteerData data, int load) {
    }
}
