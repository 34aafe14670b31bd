package nl.samenplan.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanService;
import nl.samenplan.security.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Needs that are open again because their agreement left the plan: a signal to the plan owner (who owns
 * the client's needs) until they mark it as dealt with, or the need is met again.
 */
@Service
@Transactional(readOnly = true)
public class NeedSignals {

    private final NeedRepository needs;
    private final PlanService plans;
    private final ClientService clients;
    private final CatalogService catalog;
    private final Clock clock;

    private final nl.samenplan.client.ClientDirectory directory;

    NeedSignals(NeedRepository needs, PlanService plans, ClientService clients, CatalogService catalog, Clock clock,
            nl.samenplan.client.ClientDirectory directory) {
        this.directory = directory;
        this.needs = needs;
        this.plans = plans;
        this.clients = clients;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The reopened needs of the clients whose plan the current user owns. */
    @PreAuthorize(Permissions.PLAN_WRITE)
    public List<Reopened> mine() {
        List<Long> clientIds = plans.clientIdsOfMyPlans();
        return clientIds.isEmpty() ? List.of() : rows(needs.reopenedOf(clientIds));
    }

    /** The reopened needs of one client, for its Overzicht. */
    @PreAuthorize(Permissions.CLIENT_READ)
    public List<Reopened> about(long clientId) {
        clients.get(clientId);
        return rows(needs.reopenedOf(List.of(clientId)));
    }

    @PreAuthorize(Permissions.PLAN_WRITE)
    @Transactional
    public void handled(long needId) {
        Need need = needs.findById(needId).orElseThrow(() -> new BusinessRuleException("error.need.notFound"));
        BusinessRuleException.asMissing("error.need.notFound", () -> clients.get(need.getClientId()));
        directory.requireOpen(need.getClientId());
        need.handleReopenSignal(clock.instant());
    }

    private List<Reopened> rows(List<Need> reopened) {
        Map<Long, String> names = catalog.needCategories().stream()
                .collect(Collectors.toMap(CatalogService.Item::id, CatalogService.Item::name));
        return reopened.stream().map(n -> new Reopened(n.getId(), n.getClientId(), clients.get(n.getClientId())
                .fullName(), n.data().description() != null ? n.data().description()
                        : names.getOrDefault(n.data().needCategoryId(), ""),
                n.getReopenedAgreement(), n.getReopenedBy(), n.getReopenedAt())).toList();
    }

    /** A need open again: which, of whom, the agreement that left, who removed or ended it, and when. */
    public record Reopened(long needId, long clientId, String clientName, String need, String agreement, String by,
            Instant at) {
    }
}
