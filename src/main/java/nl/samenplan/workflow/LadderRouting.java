package nl.samenplan.workflow;

import java.util.List;
import java.util.Set;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.GeneralProvisionService;
import nl.samenplan.catalog.SettingsService;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ConsentRecipient;
import nl.samenplan.client.ConsentService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.plan.EscalationHints;
import nl.samenplan.plan.Hint;
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
    private final ConsentService consents;

    LadderRouting(ClientService clients, NetworkService network, CatalogService catalog,
            GeneralProvisionService provisions, SettingsService settings, List<VolunteerCandidates> volunteers,
            ConsentService consents) {
        this.consents = consents;
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
        CatalogService.Item category = catalog.needCategories().stream().filter(c -> c.id() == needCategoryId)
                .findFirst().orElseThrow(() -> new BusinessRuleException("error.need.category"));
        NeedFacts facts = new NeedFacts(category.id(), category.name(), category.professionalByNature(),
                client.data().village(), clientCanDoSelf,
                consents.hasConsent(clientId, ConsentRecipient.VOLUNTEERS));
        List<Candidates.NetworkMember> members = network.members(clientId).stream()
                .map(m -> new Candidates.NetworkMember(m.id(), m.name(), m.data().relation().name().toLowerCase(),
                        m.data().canHelpWith(), m.data().availability(), m.data().caregiver(), m.data().burdenScore()))
                .toList();
        List<Candidates.Volunteer> volunteerList = volunteers.stream()
                .flatMap(v -> v.volunteers(category.id(), client.data().village(), frequency).stream()).toList();
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
