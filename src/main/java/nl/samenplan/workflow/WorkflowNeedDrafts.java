package nl.samenplan.workflow;

import java.util.Optional;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.plan.NeedDrafts;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.security.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The plan's hand-over port: an open need of the client as the agreement that answers it starts out. */
@Component
@Transactional(readOnly = true)
class WorkflowNeedDrafts implements NeedDrafts {

    private final NeedRepository needs;
    private final CatalogService catalog;

    WorkflowNeedDrafts(NeedRepository needs, CatalogService catalog) {
        this.needs = needs;
        this.catalog = catalog;
    }

    @Override
    @PreAuthorize(Permissions.CLIENT_READ)
    public Optional<NeedDraft> draft(long clientId, long needId, java.util.List<PlanContent.GoalItem> goals) {
        return needs.findById(needId).filter(n -> n.getClientId() == clientId && n.getMetOnRung() == null)
                .flatMap(n -> catalog.needCategories().stream().filter(c -> c.id() == n.data().needCategoryId())
                        .findFirst().map(c -> new NeedDraft(n.getId(), c.id(),
                                n.data().description() != null ? n.data().description() : c.name(),
                                n.data().frequency(), n.data().startDate(), NeedService.goalFor(c, goals),
                                c.usualDomain())));
    }

    @Override
    @PreAuthorize(Permissions.CLIENT_READ)
    public java.util.List<NeedDraft> openNeeds(long clientId) {
        return needs.findByClientIdOrderByCreatedAtDesc(clientId).stream().filter(n -> n.getMetOnRung() == null)
                .sorted(java.util.Comparator.comparing(Need::getCreatedAt))
                .map(n -> new NeedDraft(n.getId(), n.data().needCategoryId(),
                        n.data().description(), n.data().frequency(), n.data().startDate(), null))
                .toList();
    }
}
