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
    private final nl.samenplan.catalog.SettingsService settings;
    private final ApprovalPolicy approvalPolicy;
    private final java.util.Optional<EscalationHints> escalationHints;
    private final nl.samenplan.security.TeamService team;
    private final org.springframework.context.ApplicationEventPublisher events;

    PlanService(PlanRepository plans, PlanRevisionRepository revisions, ClientService clients, NetworkService network,
            CatalogService catalog, AuditLog auditLog, ObjectMapper json, Clock clock,
            nl.samenplan.catalog.SettingsService settings, ApprovalPolicy approvalPolicy,
            java.util.Optional<EscalationHints> escalationHints, nl.samenplan.security.TeamService team,
            org.springframework.context.ApplicationEventPublisher events) {
        this.team = team;
        this.events = events;
        this.settings = settings;
        this.approvalPolicy = approvalPolicy;
        this.escalationHints = escalationHints;
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
        PlanRules.require(content, ids(catalog.lifeAreas()), ids(catalog.needCategories()),
                catalog.needCategories().stream().filter(CatalogService.Item::professionalByNature)
                        .map(CatalogService.Item::id).collect(Collectors.toSet()), members, today);
        requireAssigneesInTeam(content);

        if (plan == null) {
            plan = plans.save(new Plan(clientId, user.userId(), user.displayName(), now));
        }
        PlanContent before = plan.content();
        int revisionNo = plan.apply(content, today, now, user.displayName());
        long teamId = user.requireTeamId(); // the client is of the user's team (clients.get checked it)
        plan.getAgreements().forEach(a -> a.placeInTeam(teamId));
        plans.flush();
        indicate(plan, before, user, clientId, today);
        plans.flush();
        PlanContent after = plan.content();
        List<String> changes = PlanChanges.between(before, after, lifeAreaNames());
        String summary = String.join(";", changes);
        revisions.save(new PlanRevision(plan.getId(), revisionNo, now, user.userId(), user.displayName(), summary,
                write(after)));
        auditLog.record(clientId, revisionNo == 1 ? "history.plan.created" : "history.plan.saved", summary,
                revisionNo);
        clients.recordPlanReviewDate(clientId, after.reviewDate());
        events.publishEvent(new AgreementsChanged(clientId));
        return view(plan);
    }

    /** Tasks go to people of the own team only (team members or volunteers with a login). */
    private void requireAssigneesInTeam(PlanContent content) {
        Set<Long> wanted = content.agreements().stream().map(PlanContent.AgreementItem::assigneeId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return;
        }
        Set<Long> colleagues = team.colleagues().stream().map(nl.samenplan.security.TeamService.Colleague::id)
                .collect(Collectors.toSet());
        if (!colleagues.containsAll(wanted)) {
            throw new BusinessRuleException("error.plan.assigneeNotInTeam");
        }
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

    /**
     * A volunteer of the register matched to a request (by the vrijwilligerscoördinator, who does not
     * otherwise write plans): only rung 2, and only in a plan that exists (the plan owner started it).
     */
    @PreAuthorize(Permissions.VOLUNTEER_MATCH)
    @Transactional
    public PlanView addVolunteerAgreement(long clientId, PlanContent.AgreementItem agreement) {
        if (agreement.rung() != SupportRung.VRIJWILLIGERS || agreement.volunteerId() == null) {
            throw new BusinessRuleException("error.plan.volunteerOnly");
        }
        if (!plan(clientId).exists()) {
            throw new BusinessRuleException("error.plan.noPlanYet");
        }
        return addAgreement(clientId, agreement);
    }

    /**
     * Doorzettingsmacht: new or changed professional care is indicated at once when the person saving
     * may indicate its domain (and nothing makes it wait); otherwise it waits for approval.
     */
    private void indicate(Plan plan, PlanContent before, CurrentUser user, long clientId, LocalDate today) {
        Map<String, PlanContent.AgreementItem> previous = before.agreements().stream()
                .collect(Collectors.toMap(PlanContent.AgreementItem::key, a -> a));
        for (Agreement agreement : plan.getAgreements()) {
            if (!agreement.getRung().isProfessional()) {
                continue;
            }
            PlanContent.AgreementItem was = previous.get(agreement.key());
            if (was != null && was.approval() != null && was.sameContentAs(agreement.item())) {
                continue;
            }
            boolean may = approvalPolicy.mayApprove(user.role(), agreement.getFundingDomain())
                    && approvalPolicy.whyWait(user.role(), agreement.getFundingDomain(), agreement.getNeedCategoryId(),
                            clientId).isEmpty();
            if (may) {
                agreement.decide(true, user.displayName(), today, null, today.plusMonths(settings.current().reviewMonths()));
            } else {
                agreement.awaitApproval(user.displayName());
            }
        }
    }

    /** Professional care waiting for an indication that this user may give, in the own team. */
    @PreAuthorize(Permissions.PLAN_WRITE)
    public List<PendingApproval> pendingApprovals() {
        CurrentUser user = CurrentUser.require();
        Map<Long, String> categories = catalog.needCategories().stream()
                .collect(Collectors.toMap(CatalogService.Item::id, CatalogService.Item::name));
        return plans.agreementsInState(PlanContent.ApprovalState.TER_GOEDKEURING, user.requireTeamId()).stream()
                .filter(a -> approvalPolicy.mayApprove(user.role(), a.getFundingDomain()))
                .map(a -> {
                    long clientId = a.getPlan().getClientId();
                    return new PendingApproval(a.getId(), clientId, clients.get(clientId).fullName(),
                            a.getDescription(), categories.get(a.getNeedCategoryId()), a.getProviderName(),
                            a.getOrganisation(), a.getFundingDomain(), a.getProposedBy(), a.getEscalationReason(),
                            approvalPolicy.whyWait(user.role(), a.getFundingDomain(), a.getNeedCategoryId(), clientId)
                                    .orElse(null));
                })
                .toList();
    }

    /** Approves or rejects waiting professional care in one action; the decision is the indication. */
    @PreAuthorize(Permissions.PLAN_WRITE)
    @Transactional
    public void decide(long agreementId, boolean approve, String remark) {
        CurrentUser user = CurrentUser.require();
        Agreement agreement = plans.agreement(agreementId)
                .orElseThrow(() -> new BusinessRuleException("error.approval.notFound"));
        Plan plan = agreement.getPlan();
        long clientId = plan.getClientId();
        clients.get(clientId); // team check
        if (agreement.getApproval() != PlanContent.ApprovalState.TER_GOEDKEURING) {
            throw new BusinessRuleException("error.approval.notWaiting");
        }
        if (!approvalPolicy.mayApprove(user.role(), agreement.getFundingDomain())) {
            throw new BusinessRuleException("error.approval.notYourDomain", agreement.getFundingDomain().label());
        }
        if (approve) {
            var wait = approvalPolicy.whyWait(user.role(), agreement.getFundingDomain(), agreement.getNeedCategoryId(),
                    clientId);
            if (wait.isPresent()) {
                throw new BusinessRuleException(wait.get().key(), wait.get().params().toArray());
            }
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        agreement.decide(approve, user.displayName(), today, remark, today.plusMonths(settings.current().reviewMonths()));
        int revisionNo = plan.recordDecision(now, user.displayName());
        plans.flush();
        String detail = agreement.getDescription() + " (" + agreement.getFundingDomain().label() + ")"
                + (remark == null || remark.isBlank() ? "" : ": " + remark.strip());
        revisions.save(new PlanRevision(plan.getId(), revisionNo, now, user.userId(), user.displayName(),
                (approve ? "plan.change.approved|" : "plan.change.rejected|") + agreement.getDescription(),
                write(plan.content())));
        auditLog.record(clientId, approve ? "history.approval.approved" : "history.approval.rejected", detail,
                revisionNo);
        events.publishEvent(new AgreementsChanged(clientId));
    }

    /** The ids of the own team's clients whose plan the current user owns. */
    @PreAuthorize(Permissions.PLAN_WRITE)
    public List<Long> clientIdsOfMyPlans() {
        CurrentUser user = CurrentUser.require();
        return plans.clientIdsOwnedBy(user.userId(), user.requireTeamId());
    }

    /** Step down: the plan owner's professional care whose review date has come. */
    @PreAuthorize(Permissions.PLAN_WRITE)
    public List<ReviewDue> reviewsDue() {
        CurrentUser user = CurrentUser.require();
        return plans.reviewsDue(LocalDate.now(clock), user.userId(), user.requireTeamId()).stream()
                .map(a -> new ReviewDue(a.getId(), a.getPlan().getClientId(),
                        clients.get(a.getPlan().getClientId()).fullName(), a.getDescription(), a.getNeedCategoryId(),
                        a.getProviderName(), a.getFundingDomain(), a.getReviewDate()))
                .toList();
    }

    /**
     * Records the outcome of a step-down review: continue (a new review date), step down (the agreement
     * is replaced by one on a lower rung) or stop. Each outcome is a new version of the plan.
     */
    @PreAuthorize(Permissions.PLAN_WRITE)
    @Transactional
    public void review(long agreementId, ReviewOutcome outcome, PlanContent.AgreementItem lowerRung) {
        Agreement agreement = plans.agreement(agreementId)
                .orElseThrow(() -> new BusinessRuleException("error.approval.notFound"));
        long clientId = agreement.getPlan().getClientId();
        PlanView current = plan(clientId);
        String key = agreement.key();
        LocalDate today = LocalDate.now(clock);
        java.util.List<PlanContent.AgreementItem> agreements = new java.util.ArrayList<>();
        for (PlanContent.AgreementItem item : current.content().agreements()) {
            if (!item.key().equals(key)) {
                agreements.add(item);
            } else if (outcome == ReviewOutcome.CONTINUE) {
                agreements.add(item.withReviewDate(today.plusMonths(settings.current().reviewMonths())));
            } else if (outcome == ReviewOutcome.STEP_DOWN) {
                if (lowerRung == null || lowerRung.rung() == null || lowerRung.rung().isProfessional()) {
                    throw new BusinessRuleException("error.review.lowerRung");
                }
                agreements.add(lowerRung);
            }
        }
        PlanContent c = current.content();
        save(clientId, current.revisionNo(), new PlanContent(c.answerCanDoSelf(), c.answerNeeds(), c.answerWillDo(),
                c.scores(), c.goals(), agreements, c.agreedOn(), c.agreedWith(), c.reviewDate()));
        auditLog.record(clientId, "history.review." + outcome.name().toLowerCase(), agreement.getDescription()
                + (lowerRung == null ? "" : " → " + lowerRung.what()));
    }

    /** The outcome of a step-down review. */
    public enum ReviewOutcome { CONTINUE, STEP_DOWN, STOP }

    /** Professional care due for review, as the list shows it. */
    public record ReviewDue(long agreementId, long clientId, String clientName, String what, long needCategoryId,
            String provider, nl.samenplan.catalog.FundingDomain domain, LocalDate reviewDate) {
    }

    /** What the system knows about why the lower rungs are not enough, to pre-fill the justification. */
    @PreAuthorize(Permissions.CLIENT_READ)
    public List<Hint> escalationHints(long clientId, long needCategoryId) {
        clients.get(clientId);
        return escalationHints.map(h -> h.hints(clientId, needCategoryId)).orElse(List.of());
    }

    /** Professional care waiting for an indication, as the inbox shows it. */
    public record PendingApproval(long agreementId, long clientId, String clientName, String what, String category,
            String provider, String organisation, nl.samenplan.catalog.FundingDomain domain, String proposedBy,
            String escalationReason, Hint waitReason) {
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
