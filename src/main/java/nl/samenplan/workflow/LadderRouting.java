package nl.samenplan.workflow;

import java.util.List;
import java.util.Set;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.GeneralProvisionService;
import nl.samenplan.catalog.SettingsService;
import nl.samenplan.client.ClientDirectory;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.NetworkMemberData;
import nl.samenplan.client.NetworkService;
import nl.samenplan.plan.EscalationHints;
import nl.samenplan.plan.Hint;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers the facts around a client (network, volunteers, general provisions, settings) and asks the
 * {@link SupportRouter}. Also answers the plan's question why the lower rungs are not enough.
 */
@Service
@Transactional(readOnly = true)
public class LadderRouting implements EscalationHints {

    private final ClientService clients;
    private final NetworkService network;
    private final CatalogService catalog;
    private final GeneralProvisionService provisions;
    private final SettingsService settings;
    private final List<VolunteerCandidates> volunteers;
    private final ClientDirectory directory;

    LadderRouting(ClientService clients, NetworkService network, CatalogService catalog,
            GeneralProvisionService provisions, SettingsService settings, List<VolunteerCandidates> volunteers,
            ClientDirectory directory) {
        this.directory = directory;
        this.clients = clients;
        this.network = network;
        this.catalog = catalog;
        this.provisions = provisions;
        this.settings = settings;
        this.volunteers = volunteers;
    }

    @PreAuthorize(Permissions.CLIENT_READ)
    public Routing route(long clientId, long needCategoryId, boolean clientCanDoSelf) {
        return route(clientId, needCategoryId, clientCanDoSelf, null);
    }

    /** The same, for help asked for at a frequency (volunteers available on those days rank first). */
    @PreAuthorize(Permissions.CLIENT_READ)
    public Routing route(long clientId, long needCategoryId, boolean clientCanDoSelf, String frequency) {
        var client = clients.get(clientId);
        List<Candidates.NetworkMember> members = network.members(clientId).stream()
                .map(m -> member(m.id(), m.name(), m.data())).toList();
        return route(client.data().village(), members, needCategoryId, clientCanDoSelf, frequency,
                directory.sharesWithVolunteers(clientId));
    }

    /**
     * The same for the coordinator's matching, who reads no client file: the client's village and network come from
     * the {@link ClientDirectory} after the team check. Package-private: only {@link NeedService} asks, and it hands
     * the coordinator only the volunteer rung of the answer.
     */
    Routing routeForMatching(long clientId, long needCategoryId, boolean clientCanDoSelf, String frequency) {
        long teamId = CurrentUser.require().requireTeamId();
        directory.placement(clientId).filter(p -> p.teamId() == teamId)
                .orElseThrow(() -> new BusinessRuleException("error.client.notFound"));
        ClientDirectory.Visit visit = directory.visits(List.of(clientId)).get(clientId);
        List<Candidates.NetworkMember> members = directory.helpers(clientId).stream()
                .map(m -> member(m.id(), m.name(), m.data())).toList();
        return route(visit.village(), members, needCategoryId, clientCanDoSelf, frequency,
                directory.sharesWithVolunteers(clientId));
    }

    private static Candidates.NetworkMember member(long id, String name, NetworkMemberData m) {
        return new Candidates.NetworkMember(id, name, m.relation().name().toLowerCase(), m.canHelpWith(),
                m.availability(), m.caregiver(), m.burdenScore());
    }

    private Routing route(String village, List<Candidates.NetworkMember> members, long needCategoryId,
            boolean clientCanDoSelf, String frequency, boolean volunteerConsent) {
        CatalogService.Item category = catalog.needCategories().stream().filter(c -> c.id() == needCategoryId)
                .findFirst().orElseThrow(() -> new BusinessRuleException("error.need.category"));
        NeedFacts facts = new NeedFacts(category.id(), category.name(), category.professionalByNature(),
                village, clientCanDoSelf, volunteerConsent); // without consent no volunteer is proposed
        List<Candidates.Volunteer> volunteerList = volunteers.stream()
                .flatMap(v -> v.volunteers(category.id(), village, frequency).stream()).toList();
        List<Candidates.GeneralProvision> provisionList = provisions.active().stream()
                .map(p -> new Candidates.GeneralProvision(p.id(), p.name(), p.categories(),
                        p.village() == null ? Set.of() : Set.of(p.village())))
                .toList();
        return new SupportRouter(settings.current().burdenThreshold()).route(facts, members, volunteerList,
                provisionList);
    }

    @Override
    @PreAuthorize(Permissions.CLIENT_READ)
    public List<Hint> hints(long clientId, long needCategoryId) {
        return route(clientId, needCategoryId, false).escalationReasons().stream()
                .map(r -> new Hint(r.key(), r.params())).toList();
    }
}
