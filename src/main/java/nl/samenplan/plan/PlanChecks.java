package nl.samenplan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientDirectory;
import nl.samenplan.security.TeamService;
import org.springframework.stereotype.Component;

/**
 * What a plan must satisfy before it is written, with the catalogues, the client's network and the team
 * filled in for the plain rules of {@link PlanRules}.
 */
@Component
class PlanChecks {

    private final CatalogService catalog;
    private final ClientDirectory network;
    private final TeamService team;

    /** The network's member ids from the directory: the caller checked the team, and no file is read here. */
    PlanChecks(CatalogService catalog, ClientDirectory network, TeamService team) {
        this.catalog = catalog;
        this.network = network;
        this.team = team;
    }

    void require(long clientId, PlanContent content, LocalDate today) {
        Set<Long> members = network.networkMembers(clientId).keySet();
        List<CatalogService.Item> categories = catalog.needCategories();
        PlanRules.require(content, activeIds(catalog.lifeAreas()), activeIds(categories),
                categories.stream().filter(CatalogService.Item::professionalByNature).map(CatalogService.Item::id)
                        .collect(Collectors.toSet()), members, today);
        requireAssigneesInTeam(content);
    }

    /** The names of the life areas, for the words of the history. */
    Map<Long, String> lifeAreaNames() {
        return catalog.lifeAreas().stream()
                .collect(Collectors.toMap(CatalogService.Item::id, CatalogService.Item::name));
    }

    /**
     * No new work for a volunteer without the client's consent to share with volunteers: an agreement that is new
     * or newly given to a volunteer (of the register, or a login with the role vrijwilliger) is refused then. What a
     * volunteer had before stays in the plan (its tasks were taken back when the consent was withdrawn), so the plan
     * owner can still save the plan while deciding who does it now.
     */
    void requireVolunteerConsent(long clientId, PlanContent before, PlanContent after) {
        Set<Long> volunteerLogins = team.colleagues().stream().filter(TeamService.Colleague::volunteer)
                .map(TeamService.Colleague::id).collect(Collectors.toSet());
        Set<String> hadVolunteer = before.agreements().stream().filter(a -> toVolunteer(a, volunteerLogins))
                .map(a -> a.key() + ":" + a.volunteerId() + ":" + a.assigneeId()).collect(Collectors.toSet());
        boolean newForVolunteer = after.agreements().stream().filter(a -> toVolunteer(a, volunteerLogins))
                .anyMatch(a -> a.key() == null || !hadVolunteer.contains(a.key() + ":" + a.volunteerId() + ":"
                        + a.assigneeId()));
        if (newForVolunteer && !network.sharesWithVolunteers(clientId)) { // the caller checked the team
            throw new BusinessRuleException("error.consent.volunteers");
        }
    }

    private static boolean toVolunteer(PlanContent.AgreementItem a, Set<Long> volunteerLogins) {
        return a.rung() == SupportRung.VRIJWILLIGERS && (a.volunteerId() != null || a.assigneeId() != null)
                || a.assigneeId() != null && volunteerLogins.contains(a.assigneeId());
    }

    /** Tasks go to people of the own team only (team members or volunteers with a login). */
    private void requireAssigneesInTeam(PlanContent content) {
        Set<Long> wanted = content.agreements().stream().map(PlanContent.AgreementItem::assigneeId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return;
        }
        Set<Long> colleagues = team.colleagues().stream().map(TeamService.Colleague::id).collect(Collectors.toSet());
        if (!colleagues.containsAll(wanted)) {
            throw new BusinessRuleException("error.plan.assigneeNotInTeam");
        }
    }

    private static Set<Long> activeIds(List<CatalogService.Item> items) {
        return items.stream().filter(CatalogService.Item::active).map(CatalogService.Item::id)
                .collect(Collectors.toSet());
    }
}
