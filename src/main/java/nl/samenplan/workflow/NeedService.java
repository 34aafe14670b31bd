package nl.samenplan.workflow;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Needs (hulpvragen): recorded in a few fields, routed informal-first by the {@link SupportRouter}, and
 * met by accepting a proposal, which becomes an agreement in the plan in one action.
 */
@Service
@Transactional(readOnly = true)
public class NeedService {

    private final NeedRepository needs;
    private final ClientService clients;
    private final CatalogService catalog;
    private final LadderRouting routing;
    private final PlanService plans;
    private final AuditLog auditLog;
    private final Clock clock;

    NeedService(NeedRepository needs, ClientService clients, CatalogService catalog, LadderRouting routing,
            PlanService plans, AuditLog auditLog, Clock clock) {
        this.needs = needs;
        this.clients = clients;
        this.catalog = catalog;
        this.routing = routing;
        this.plans = plans;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @PreAuthorize(Permissions.PLAN_WRITE)
    @Transactional
    public long record(long clientId, NeedData data) {
        clients.get(clientId);
        CatalogService.Item category = category(data.needCategoryId());
        Need need = needs.save(new Need(clientId, data, clock.instant(), CurrentUser.require().displayName()));
        auditLog.record(clientId, "history.need.recorded", category.name());
        Routing proposed = routing.route(clientId, category.id(), data.clientCanDoSelf());
        auditLog.record(clientId, "history.need.routed", category.name() + ": " + proposed.proposals().stream()
                .map(p -> p.rung().level() + (p.candidateName() == null ? "" : " " + p.candidateName()))
                .collect(Collectors.joining(", ")));
        return need.getId();
    }

    @PreAuthorize(Permissions.CLIENT_READ)
    public List<NeedRow> needs(long clientId) {
        clients.get(clientId);
        Map<Long, String> names = catalog.needCategories().stream()
                .collect(Collectors.toMap(CatalogService.Item::id, CatalogService.Item::name));
        return needs.findByClientIdOrderByCreatedAtDesc(clientId).stream()
                .map(n -> new NeedRow(n.getId(), n.data(), names.get(n.data().needCategoryId()), n.getCreatedAt(),
                        n.getCreatedBy(), n.getMetOnRung() == null ? null : SupportRung.ofLevel(n.getMetOnRung())))
                .toList();
    }

    /** The router's proposals for a need, from the lowest rung up, with the reasons. */
    @PreAuthorize(Permissions.CLIENT_READ)
    public Routing route(long needId) {
        Need need = load(needId);
        return routing.route(need.getClientId(), need.data().needCategoryId(), need.data().clientCanDoSelf());
    }

    /**
     * Accepts a proposal on rungs 0-3: the agreement is added to the plan in one action and the need is
     * met. Professional care goes through the plan's agreement form (funding domain, justification).
     */
    @PreAuthorize(Permissions.PLAN_WRITE)
    @Transactional
    public void accept(long needId, Proposal proposal) {
        Need need = load(needId);
        if (proposal.rung().isProfessional()) {
            throw new BusinessRuleException("error.need.professionalViaPlan");
        }
        Routing current = route(needId);
        if (!current.proposals().contains(proposal)) {
            throw new BusinessRuleException("error.need.proposalChanged");
        }
        NeedData data = need.data();
        CatalogService.Item category = category(data.needCategoryId());
        String what = data.description() != null ? data.description() : category.name();
        plans.addAgreement(need.getClientId(), new PlanContent.AgreementItem(null, what, category.id(),
                proposal.rung(), proposal.rung() == SupportRung.EIGEN_NETWERK ? proposal.candidateId() : null,
                proposal.rung().level() >= 2 ? proposal.candidateName() : null, null, data.frequency(),
                data.startDate(), null, null, null));
        need.met(proposal.rung(), clock.instant());
        auditLog.record(need.getClientId(), "history.need.accepted",
                category.name() + " → " + (proposal.candidateName() == null ? "" : proposal.candidateName()));
    }

    private Need load(long needId) {
        Need need = needs.findById(needId).orElseThrow(() -> new BusinessRuleException("error.need.notFound"));
        clients.get(need.getClientId());
        return need;
    }

    private CatalogService.Item category(Long id) {
        return catalog.needCategories().stream().filter(c -> id != null && c.id() == id && c.active()).findFirst()
                .orElseThrow(() -> new BusinessRuleException("error.need.category"));
    }

    /** A need as the screens list it; {@code metOn} is null while it is open. */
    public record NeedRow(long id, NeedData data, String categoryName, java.time.Instant createdAt, String createdBy,
            SupportRung metOn) {
    }
}
