package nl.samenplan.security;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people of one's own team, to give work to: team members and volunteers with a login. */
@Service
@Transactional(readOnly = true)
public class TeamService {

    private final AppUserRepository users;
    private final TeamRepository teams;

    TeamService(AppUserRepository users, TeamRepository teams) {
        this.users = users;
        this.teams = teams;
    }

    /**
     * The village the current user's team works in, to fill in for a new client: only when the team's area is one
     * place ("Heideveen"); a team of several villages ("Zuiderpark, Veenwolde") leaves the choice to the user.
     */
    @PreAuthorize(Permissions.CLIENT_WRITE)
    public java.util.Optional<String> ownVillage() {
        return CurrentUser.require().teamId().flatMap(teams::findById).map(Team::getArea)
                .filter(area -> !area.contains(",") && !area.contains(";") && !area.contains(" en "))
                .map(String::strip);
    }

    /** The active users of the current user's team, by name (the manager is left out: no client work). */
    @PreAuthorize(Permissions.TASK_OWN)
    public List<Colleague> colleagues() {
        return users.activeInTeam(CurrentUser.require().requireTeamId()).stream()
                .filter(u -> u.getRole() != Role.MANAGER)
                .map(u -> new Colleague(u.getId(), u.getDisplayName(), u.getRole()))
                .toList();
    }

    /** The name of the current user's organisation (the home-care organisation of a district nurse), if any. */
    @PreAuthorize(Permissions.TASK_OWN)
    public java.util.Optional<String> myOrganisation() {
        return users.findById(CurrentUser.require().userId()).map(AppUser::getOrganisation)
                .map(Organisation::getName);
    }

    /** The phone number of a member of the own team (the plan owner's, for the plan's contact), if they gave one. */
    @PreAuthorize(Permissions.CLIENT_READ)
    public java.util.Optional<String> phoneOf(long userId) {
        long teamId = CurrentUser.require().requireTeamId();
        return users.findById(userId).filter(u -> u.getTeam() != null && u.getTeam().getId() == teamId)
                .map(AppUser::getPhone);
    }

    /** A user of the team who can be given tasks. */
    public record Colleague(long id, String displayName, Role role) {

        /** Volunteers see only their own tasks with the least client data; the others are team members. */
        public boolean volunteer() {
            return role == Role.VRIJWILLIGER;
        }
    }
}
