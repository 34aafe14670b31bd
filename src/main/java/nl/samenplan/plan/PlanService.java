package nl.samenplan.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one integrated plan of a client: read it, save it as a whole (every save a revision), read any
 * earlier version. A save made on an outdated version is refused with what the other person saved.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    private final PlanRepository plans;
    private final PlanRevisionRepository revisions;
    private final ClientService clients;
    private final NetworkService network;
    private final CatalogService catalog;
    private final AuditLog auditLog;
    private final ObjectMapper json;
    private final Clock clock;

    PlanService(PlanRepository plans, PlanRevisionRepository revisions, ClientService clients, NetworkService network,
            CatalogService catalog, AuditLog auditLog, ObjectMapper json, Clock clock) {
        this.plans = plans;
        this.revisions = revisions;
        this.clients = clients;
        this.network = network;
        this.catalog = catalog;
        this.auditLog = auditLog;
        this.json = json;
        this.clock = clock;
    }

    /** The current plan; a client without a plan yet gets an empty one at revision 0. */
    @PreAuthorize(Permissions.CLIENT_READ)
    public PlanView plan(long clientId) {
        clients.get(clientId); // team check
        return plans.findByClientId(clientId).map(PlanService::view)
                .orElseGet(() -> new PlanView(clientId, 0, PlanContent.EMPTY, Map.of(), null, null, null, null));
    }

    /**
     * Saves the whole plan. {@code baseRevision} is the revision the user started from: if someone
     * saved in between, nothing is written and a {@link PlanConflictException} says what they changed.
     */
    @PreAuthorize(Permissions.PLAN_WRITE)
    @Transactional
    public PlanView save(long clientId, int baseRevision, PlanContent content) {
        clients.get(clientId);
        CurrentUser user = CurrentUser.require();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Plan plan = plans.findByClientId(clientId).orElse(null);
        int current = plan == null ? 0 : plan.getRevisionNo();
        if (current != baseRevision) {
            PlanContent base = baseRevision == 0 ? PlanContent.EMPTY : snapshot(plan.getId(), baseRevision);
            throw new PlanConflictException(view(plan), PlanChanges.between(base, plan.content(), lifeAreaNames()));
        }
        Set<Long> members = network.members(clientId).stream().map(NetworkService.Member::id)
                .collect(Collectors.toSet());
        PlanRules.require(content, ids(catalog.lifeAreas()), ids(catalog.needCategories()), members, today);

        if (plan == null) {
            plan = plans.save(new Plan(clientId, user.userId(), user.displayName(), now));
        }
        PlanContent before = plan.content();
        int revisionNo = plan.apply(content, today, now, user.displayName());
        plans.flush();
        PlanContent after = plan.content();
        List<String> changes = PlanChanges.between(before, after, lifeAreaNames());
        String summary = String.join(";", changes);
        revisions.save(new PlanRevision(plan.getId(), revisionNo, now, user.userId(), user.displayName(), summary,
                write(after)));
        auditLog.record(clientId, revisionNo == 1 ? "history.plan.created" : "history.plan.saved", summary,
                revisionNo);
        clients.recordPlanReviewDate(clientId, after.reviewDate());
        return view(plan);
    }

    /**
     * Adds one agreement to the current plan in one action (an accepted proposal of the rules), as a
     * new revision on top of whatever was saved last.
     */
    @PreAuthorize(Permissions.PLAN_WRITE)
    @Transactional
    public PlanView addAgreement(long clientId, PlanContent.AgreementItem agreement) {
        PlanView current = plan(clientId);
        PlanContent c = current.content();
        java.util.List<PlanContent.AgreementItem> agreements = new java.util.ArrayList<>(c.agreements());
        agreements.add(agreement);
        return save(clientId, current.revisionNo(), new PlanContent(c.answerCanDoSelf(), c.answerNeeds(),
                c.answerWillDo(), c.scores(), c.goals(), agreements, c.agreedOn(), c.agreedWith(), c.reviewDate()));
    }

    /** The versions of the plan, newest first. */
    @PreAuthorize(Permissions.CLIENT_READ)
    public Page<RevisionRow> revisions(long clientId, Pageable pageable) {
        clients.get(clientId);
        return plans.findByClientId(clientId)
                .map(plan -> revisions.findByPlanIdOrderByRevisionNoDesc(plan.getId(), pageable)
                        .map(r -> new RevisionRow(r.getRevisionNo(), r.getCreatedAt(), r.getAuthorName(),
                                r.getSummary())))
                .orElse(Page.empty(pageable));
    }

    /** The plan as it was after a given save. */
    @PreAuthorize(Permissions.CLIENT_READ)
    public RevisionView revision(long clientId, int revisionNo) {
        clients.get(clientId);
        Plan plan = plans.findByClientId(clientId).orElseThrow(() -> new BusinessRuleException("error.plan.notFound"));
        PlanRevision revision = revisions.findByPlanIdAndRevisionNo(plan.getId(), revisionNo)
                .orElseThrow(() -> new BusinessRuleException("error.plan.revisionNotFound"));
        return new RevisionView(revisionNo, revision.getCreatedAt(), revision.getAuthorName(), revision.getSummary(),
                read(revision.getSnapshot()), plan.getRevisionNo());
    }

    private PlanContent snapshot(long planId, int revisionNo) {
        return revisions.findByPlanIdAndRevisionNo(planId, revisionNo).map(r -> read(r.getSnapshot()))
                .orElse(PlanContent.EMPTY);
    }

    private Map<Long, String> lifeAreaNames() {
        return catalog.lifeAreas().stream().collect(Collectors.toMap(CatalogService.Item::id, CatalogService.Item::name));
    }

    private static Set<Long> ids(List<CatalogService.Item> items) {
        return items.stream().filter(CatalogService.Item::active).map(CatalogService.Item::id)
                .collect(Collectors.toSet());
    }

    private String write(PlanContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store plan revision", e);
        }
    }

    private PlanContent read(String snapshot) {
        try {
            return json.readValue(snapshot, PlanContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read plan revision", e);
        }
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
