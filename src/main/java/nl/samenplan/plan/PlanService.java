package nl.samenplan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import nl.samenplan.security.TeamService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the one integrated plan of a client: the current version (and what the plan page needs with
 * it), the versions, any earlier version. Writing is {@link PlanEditing}; indications are
 * {@link PlanApprovals}; step-down reviews are {@link PlanReviews}.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    private final PlanRepository plans;
    private final PlanRevisionRepository revisionRows;
    private final PlanRevisions revisions;
    private final ClientService clients;
    private final NetworkService network;
    private final CatalogService catalog;
    private final TeamService team;
    private final Optional<EscalationHints> escalationHints;

    private final nl.samenplan.catalog.SettingsService settings;

    PlanService(PlanRepository plans, PlanRevisionRepository revisionRows, PlanRevisions revisions,
            ClientService clients, NetworkService network, CatalogService catalog, TeamService team,
            Optional<EscalationHints> escalationHints, nl.samenplan.catalog.SettingsService settings) {
        this.settings = settings;
        this.plans = plans;
        this.revisionRows = revisionRows;
        this.revisions = revisions;
        this.clients = clients;
        this.network = network;
        this.catalog = catalog;
        this.team = team;
        this.escalationHints = escalationHints;
    }

    /** The current plan; a client without a plan yet gets an empty one at revision 0. */
    @PreAuthorize(Permissions.CLIENT_READ)
    public PlanView plan(long clientId) {
        clients.get(clientId); // team check
        return plans.findByClientId(clientId).map(PlanService::view)
                .orElseGet(() -> new PlanView(clientId, 0, PlanContent.EMPTY, Map.of(), null, null, null, null));
    }

    /** Everything the plan page shows when it opens, in one read. */
    @PreAuthorize(Permissions.CLIENT_READ)
    public PlanPageModel page(long clientId) {
        PlanView plan = plan(clientId);
        return new PlanPageModel(plan, catalog.lifeAreas(), catalog.needCategories(), network.members(clientId),
                team.colleagues(), CurrentUser.canWriteClientFiles(), settings.current().reviewMonths());
    }

    /** The plan page's read model: the plan, the catalogues, the client's network and the team. */
    public record PlanPageModel(PlanView plan, List<CatalogService.Item> lifeAreas,
            List<CatalogService.Item> needCategories, List<NetworkService.Member> network,
            List<TeamService.Colleague> colleagues, boolean canWrite, int reviewMonths) {
    }

    /** The plan owner's phone number, the contact on the printed plan; none without a plan or a number. */
    @PreAuthorize(Permissions.CLIENT_READ)
    public Optional<String> ownerPhone(long clientId) {
        clients.get(clientId);
        return plans.findByClientId(clientId).flatMap(plan -> team.phoneOf(plan.getOwnerId()));
    }

    /** The ids of the own team's clients whose plan the current user owns. */
    @PreAuthorize(Permissions.PLAN_WRITE)
    public List<Long> clientIdsOfMyPlans() {
        CurrentUser user = CurrentUser.require();
        return plans.clientIdsOwnedBy(user.userId(), user.requireTeamId());
    }

    /** What the system knows about why the lower rungs are not enough, to pre-fill the justification. */
    @PreAuthorize(Permissions.CLIENT_READ)
    public List<Hint> escalationHints(long clientId, long needCategoryId) {
        clients.get(clientId);
        return escalationHints.map(h -> h.hints(clientId, needCategoryId)).orElse(List.of());
    }

    /** The versions of the plan, newest first; accepted proposals in a row by one person are one version. */
    @PreAuthorize(Permissions.CLIENT_READ)
    public Page<RevisionRow> revisions(long clientId, Pageable pageable) {
        clients.get(clientId);
        return plans.findByClientId(clientId)
                .map(plan -> revisionRows.findByPlanIdAndFoldedIntoIsNullOrderByRevisionNoDesc(plan.getId(), pageable)
                        .map(r -> new RevisionRow(r.getRevisionNo(), r.getCreatedAt(), r.getAuthorName(),
                                r.getSummary())))
                .orElse(Page.empty(pageable));
    }

    /**
     * The revisions that are part of a later version (accepted proposals in a row), with that version's number: the
     * history links such a change to the version it belongs to.
     */
    @PreAuthorize(Permissions.CLIENT_READ)
    public Map<Integer, Integer> versionsOfFoldedRevisions(long clientId) {
        clients.get(clientId);
        return plans.findByClientId(clientId)
                .map(plan -> revisionRows.findByPlanIdAndFoldedIntoIsNotNull(plan.getId()).stream()
                        .collect(java.util.stream.Collectors.toMap(PlanRevision::getRevisionNo,
                                PlanRevision::getFoldedInto)))
                .orElse(Map.of());
    }

    /** The plan as it was after a given save. */
    @PreAuthorize(Permissions.CLIENT_READ)
    public RevisionView revision(long clientId, int revisionNo) {
        clients.get(clientId);
        Plan plan = plans.findByClientId(clientId).orElseThrow(() -> new BusinessRuleException("error.plan.notFound"));
        PlanRevision revision = revisionRows.findByPlanIdAndRevisionNo(plan.getId(), revisionNo)
                .orElseThrow(() -> new BusinessRuleException("error.plan.revisionNotFound"));
        return new RevisionView(revisionNo, revision.getCreatedAt(), revision.getAuthorName(), revision.getSummary(),
                revisions.read(revision.getSnapshot()), plan.getRevisionNo());
    }

    static PlanView view(Plan plan) {
        return new PlanView(plan.getClientId(), plan.getRevisionNo(), plan.content(), plan.previousScores(),
                plan.previousAssessedOn(), plan.getUpdatedBy(), plan.getUpdatedAt(), plan.getOwnerName());
    }

    /** The plan as the plan page shows it. */
    public record PlanView(long clientId, int revisionNo, PlanContent content, Map<Long, Integer> previousScores,
            LocalDate previousAssessedOn, String lastChangedBy, Instant lastChangedAt, String ownerName) {

        public boolean exists() {
            return revisionNo > 0;
        }
    }

    /** One line of the plan's version list. */
    public record RevisionRow(int revisionNo, Instant at, String authorName, String summary) {
    }

    /** An earlier version of the plan, to read. */
    public record RevisionView(int revisionNo, Instant at, String authorName, String summary, PlanContent content,
            int currentRevisionNo) {
    }
}
