package nl.samenplan.plan;

import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.base.access.LogsAccess;
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
    /** Lazily: the workflow that answers it reads the plan through this service. */
    private final org.springframework.beans.factory.ObjectProvider<NeedsFromAnswer> needsFromAnswer;
    private final Optional<NeedDrafts> needDrafts;
    private final ApprovalPolicy approvalPolicy;
    private final java.time.Clock clock;
    private final PrintRecipients printRecipients;

    PlanService(PlanRepository plans, PlanRevisionRepository revisionRows, PlanRevisions revisions,
            ClientService clients, NetworkService network, CatalogService catalog, TeamService team,
            Optional<EscalationHints> escalationHints, nl.samenplan.catalog.SettingsService settings,
            org.springframework.beans.factory.ObjectProvider<NeedsFromAnswer> needsFromAnswer,
            Optional<NeedDrafts> needDrafts, ApprovalPolicy approvalPolicy, java.time.Clock clock,
            PrintRecipients printRecipients) {
        this.printRecipients = printRecipients;
        this.settings = settings;
        this.needsFromAnswer = needsFromAnswer;
        this.needDrafts = needDrafts;
        this.approvalPolicy = approvalPolicy;
        this.clock = clock;
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

    /** Everything the plan page shows when it opens, in one read; a closed file is read-only for everyone. */
    @PreAuthorize(Permissions.CLIENT_READ)
    @LogsAccess(AccessEventType.PLAN_VIEWED)
    public PlanPageModel page(long clientId) {
        PlanView plan = plan(clientId);
        boolean canWrite = CurrentUser.canWriteClientFiles() && !clients.get(clientId).closed();
        return new PlanPageModel(plan, catalog.lifeAreas(), catalog.needCategories(), network.members(clientId),
                team.colleagues(), canWrite, settings.current().reviewMonths(), me(),
                canWrite ? unrecordedNeeds(clientId) : List.of());
    }

    /** The kinds of need the client's saved answer names that are not recorded as needs yet. */
    @PreAuthorize(Permissions.CLIENT_READ)
    public List<String> unrecordedNeeds(long clientId) {
        clients.get(clientId);
        NeedsFromAnswer port = needsFromAnswer.getIfAvailable();
        return port == null ? List.of() : port.unrecorded(clientId);
    }

    /** Records every kind of need the client's saved answer names as a need, at once; returns how many. */
    @PreAuthorize(Permissions.PLAN_WRITE)
    @Transactional
    public int recordNeedsFromAnswer(long clientId) {
        clients.get(clientId);
        NeedsFromAnswer port = needsFromAnswer.getIfAvailable();
        return port == null ? 0 : port.recordAll(clientId);
    }

    /** The plan page's read model: the plan, the catalogues, the client's network and the team. */
    public record PlanPageModel(PlanView plan, List<CatalogService.Item> lifeAreas,
            List<CatalogService.Item> needCategories, List<NetworkService.Member> network,
            List<TeamService.Colleague> colleagues, boolean canWrite, int reviewMonths, Me me,
            List<String> unrecordedNeeds) {
    }

    /**
     * The person at the plan page, for the agreement form's defaults: a professional who proposes care
     * proposes their own (their name, their organisation, the domain they indicate, their tasks).
     */
    public record Me(long userId, String displayName, String organisation,
            nl.samenplan.catalog.FundingDomain usualDomain, boolean providesCare) {
    }

    private Me me() {
        CurrentUser user = CurrentUser.require();
        List<nl.samenplan.catalog.FundingDomain> indicates = java.util.Arrays
                .stream(nl.samenplan.catalog.FundingDomain.values()).filter(d -> approvalPolicy.mayApprove(user.role(), d))
                .toList();
        return new Me(user.userId(), user.displayName(),
                user.role().providesCare() ? team.myOrganisation().orElse(null) : null,
                indicates.size() == 1 ? indicates.get(0) : null, user.role().providesCare());
    }

    /**
     * The facts of a need of this client to carry over into the agreement that answers it (the hand-over from
     * need to agreement); nothing when it is not an open need of this client.
     */
    @PreAuthorize(Permissions.PLAN_WRITE)
    public Optional<NeedDrafts.NeedDraft> needDraft(long clientId, long needId) {
        clients.get(clientId);
        List<PlanContent.GoalItem> goals = plan(clientId).content().goals();
        return needDrafts.flatMap(d -> d.draft(clientId, needId, goals));
    }

    /**
     * Who answers each need of this client in the plan: the agreements in force that carry a need and are not
     * refused, by need (the first one when several answer it).
     */
    @PreAuthorize(Permissions.CLIENT_READ)
    public Map<Long, NeedAnswer> needAnswers(long clientId) {
        clients.get(clientId);
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> members = network.members(clientId).stream()
                .collect(java.util.stream.Collectors.toMap(NetworkService.Member::id, NetworkService.Member::name));
        Map<Long, NeedAnswer> answers = new java.util.LinkedHashMap<>();
        plan(clientId).content().agreements().stream()
                .filter(a -> a.needId() != null && (a.endDate() == null || !a.endDate().isBefore(today)))
                .filter(a -> a.approval() != PlanContent.ApprovalState.AFGEWEZEN)
                .forEach(a -> answers.putIfAbsent(a.needId(), new NeedAnswer(a.needId(), a.what(), a.rung(),
                        a.rung() == SupportRung.EIGEN_NETWERK ? members.get(a.networkMemberId()) : a.providerName(),
                        a.organisation(), a.fundingDomain(), a.approval())));
        return answers;
    }

    /** An agreement answering a need: what, on which rung, who does it, and (for professional care) its indication. */
    public record NeedAnswer(long needId, String what, SupportRung rung, String who, String organisation,
            nl.samenplan.catalog.FundingDomain domain, PlanContent.ApprovalState approval) {

        /** Professional care that waits for the indication: the need is answered, not yet met. */
        public boolean waiting() {
            return approval == PlanContent.ApprovalState.TER_GOEDKEURING;
        }
    }

    /**
     * The needs of the own team's clients that an agreement in force answers (met, or professional care waiting
     * for its indication): the coordinator does not look for a volunteer for them. Only need ids, no file.
     */
    @PreAuthorize(Permissions.PLAN_FOLLOWS)
    public java.util.Set<Long> answeredNeedsInTeam() {
        return plans.answeredNeedsInTeam(CurrentUser.require().requireTeamId(), LocalDate.now(clock));
    }

    /**
     * Everything the printed plan needs besides the client's details, read for a PDF that leaves the application:
     * logged as an export of the plan. For the client themselves.
     */
    @PreAuthorize(Permissions.CLIENT_READ)
    @LogsAccess(AccessEventType.PLAN_EXPORTED)
    public PrintModel printed(long clientId) {
        return printed(clientId, null); // within the service: one entry
    }

    /**
     * The same for someone: the client ({@code forMember} null) or a network member of theirs, who gets it only with
     * the client's active consent (else refused with the reason, and the log has a refused export). The log's entry
     * names for whom.
     */
    @PreAuthorize(Permissions.CLIENT_READ)
    @LogsAccess(AccessEventType.PLAN_EXPORTED)
    public PrintModel printed(long clientId, Long forMember) {
        ClientService.ClientDetails client = clients.get(clientId);
        List<NetworkService.Member> members = network.members(clientId);
        String recipient = printRecipients.require(clientId, forMember, members);
        return new PrintModel(client, plan(clientId), members, ownerPhone(clientId).orElse(null), recipient);
    }

    /**
     * What the printed plan shows: the client, the plan, the network (to name who does what), the contact; and for
     * whom it is printed (the access log's detail).
     */
    public record PrintModel(ClientService.ClientDetails client, PlanView plan, List<NetworkService.Member> network,
            String ownerPhone, String recipient) implements nl.samenplan.base.access.AccessDetail {

        @Override
        public String accessDetail() {
            return recipient;
        }
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
    @LogsAccess(AccessEventType.CLIENT_HISTORY_VIEWED)
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
    @LogsAccess(AccessEventType.PLAN_VERSION_VIEWED)
    public RevisionView revision(long clientId, int revisionNo) {
        clients.get(clientId);
        Plan plan = plans.findByClientId(clientId).orElseThrow(() -> new BusinessRuleException("error.plan.notFound"));
        PlanRevision revision = revisionRows.findByPlanIdAndRevisionNo(plan.getId(), revisionNo)
                .orElseThrow(() -> new BusinessRuleException("error.plan.revisionNotFound"));
        return new RevisionView(revisionNo, revision.getCreatedAt(), revision.getAuthorName(), revision.getSummary(),
                revisions.read(revision.getSnapshot()), plan.getRevisionNo());
    }

    /**
     * Who owns the client's plan (the person in the team who started it): the access report lets the plan owner
     * produce it. Nothing when the client has no plan yet. Scoped as the report is: the own team, all for PRIVACY.
     */
    @PreAuthorize(Permissions.ACCESS_REPORT)
    public Optional<PlanOwner> owner(long clientId) {
        clients.reportSubject(clientId);
        return plans.findByClientId(clientId).map(p -> new PlanOwner(p.getOwnerId(), p.getOwnerName()));
    }

    /** The plan's owner: user id and name. */
    public record PlanOwner(long userId, String name) {
    }

    /**
     * The plan and every version of it (newest first, each with its content), for the export of everything held on
     * the client (AVG art. 15 and 20).
     */
    @PreAuthorize(Permissions.ACCESS_REPORT)
    @nl.samenplan.base.access.LogsAccess(nl.samenplan.base.access.AccessEventType.DATA_EXPORTED)
    public PlanExport exportPlan(long clientId) {
        clients.reportSubject(clientId);
        return plans.findByClientId(clientId).map(plan -> new PlanExport(view(plan),
                        revisionRows.findByPlanIdAndFoldedIntoIsNullOrderByRevisionNoDesc(plan.getId(),
                                        Pageable.unpaged()).stream()
                                .map(r -> new RevisionView(r.getRevisionNo(), r.getCreatedAt(), r.getAuthorName(),
                                        r.getSummary(), revisions.read(r.getSnapshot()), plan.getRevisionNo()))
                                .toList()))
                .orElseGet(() -> new PlanExport(null, List.of()));
    }

    /** The plan (null: none yet) and its versions, newest first. */
    public record PlanExport(PlanView current, List<RevisionView> versions) {
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
