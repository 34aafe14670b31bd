package nl.samenplan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.client.ClientDirectory;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanService.PlanView;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing the plan. Saves of one plan take turns (the plan row is locked for the transaction). A save
 * made on the version the person opened is taken as it is; a save made on an older version is merged
 * part by part with what others saved since ({@link PlanMerge}), and only parts that both changed
 * differently are put back to the person, who chooses per part. Every save is a revision.
 *
 * <p>The writing transactions read committed (as the pool does by default, but stated here so that it
 * cannot drift): a save that waited for the lock must read the collections that the save before it
 * committed, not a snapshot from before it waited, which would drop what that save added.
 */
@Service
@Transactional(readOnly = true)
public class PlanEditing {

    private final PlanRepository plans;
    private final PlanRevisions revisions;
    private final ClientService clients;
    private final PlanChecks checks;
    private final PlanIndication indication;
    private final AuditLog auditLog;
    private final java.time.Clock clock;
    private final ApplicationEventPublisher events;
    private final java.util.Optional<NeedDrafts> needDrafts;
    private final ClientDirectory directory;
    /** Saves put back to the person because both they and someone else changed a part (the conflict dialog). */
    private final io.micrometer.core.instrument.Counter conflicts;

    PlanEditing(PlanRepository plans, PlanRevisions revisions, ClientService clients, PlanChecks checks,
            PlanIndication indication, AuditLog auditLog, java.time.Clock clock, ApplicationEventPublisher events,
            java.util.Optional<NeedDrafts> needDrafts, ClientDirectory directory,
            io.micrometer.core.instrument.MeterRegistry metrics) {
        this.conflicts = io.micrometer.core.instrument.Counter.builder("samenplan.plan.conflicts")
                .description("Plan saves that met a part someone else changed meanwhile (the conflict dialog)")
                .register(metrics);
        this.directory = directory;
        this.needDrafts = needDrafts;
        this.plans = plans;
        this.revisions = revisions;
        this.clients = clients;
        this.checks = checks;
        this.indication = indication;
        this.auditLog = auditLog;
        this.clock = clock;
        this.events = events;
    }

    /** A saved plan, and whether (and with whose changes) it was merged with saves made in between. */
    public record Saved(PlanView plan, List<String> theirChanges, String mergedWith, List<String> awaitingApproval) {

        public Saved(PlanView plan, List<String> theirChanges, String mergedWith) {
            this(plan, theirChanges, mergedWith, List.of());
        }

        public Saved {
            awaitingApproval = awaitingApproval == null ? List.of() : List.copyOf(awaitingApproval);
        }

        public boolean merged() {
            return mergedWith != null;
        }

        /** The same save, with the professional care that this save put up for approval. */
        Saved awaiting(PlanContent before) {
            Set<String> waitingBefore = before.agreements().stream()
                    .filter(a -> a.approval() == PlanContent.ApprovalState.TER_GOEDKEURING)
                    .map(PlanContent.AgreementItem::key).collect(Collectors.toSet());
            return new Saved(plan, theirChanges, mergedWith, plan.content().agreements().stream()
                    .filter(a -> a.approval() == PlanContent.ApprovalState.TER_GOEDKEURING)
                    .filter(a -> !waitingBefore.contains(a.key())).map(PlanContent.AgreementItem::what).toList());
        }
    }

    /** Saves the plan as the person edited it, starting from revision {@code baseRevision}. */
    @PreAuthorize(Permissions.PLAN_WRITE)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Saved save(long clientId, int baseRevision, PlanContent mine) {
        return save(clientId, baseRevision, mine, Map.of(), 0);
    }

    /**
     * Saves the plan, merged with whatever others saved after {@code baseRevision}, with the person's
     * choice for parts that both changed. When such a part has no choice yet, nothing is written and a
     * {@link PlanConflictException} lists the parts with both values. The choices were made against the
     * version {@code choicesAgainst} that the conflict showed: when someone saved again since, they no
     * longer count (the person has not seen that newer value) and the parts are asked again.
     */
    @PreAuthorize(Permissions.PLAN_WRITE)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Saved save(long clientId, int baseRevision, PlanContent mine, Map<String, PlanMerge.Choice> choices,
            int choicesAgainst) {
        clients.get(clientId);
        directory.requireOpen(clientId);
        CurrentUser user = CurrentUser.require();
        Plan plan = plans.lockByClientId(clientId).orElse(null);
        int current = plan == null ? 0 : plan.getRevisionNo();
        PlanContent theirs = plan == null ? PlanContent.EMPTY : plan.content();
        if (baseRevision < 0 || baseRevision > current) {
            throw new BusinessRuleException("error.plan.revisionNotFound");
        }
        if (baseRevision == current) {
            return new Saved(write(clientId, plan, answering(clientId, fromForm(mine, theirs), theirs), user, Set.of()),
                    List.of(), null).awaiting(theirs);
        }
        PlanContent base = baseRevision == 0 ? PlanContent.EMPTY : revisions.snapshot(plan.getId(), baseRevision);
        List<String> theirChanges = PlanChanges.between(base, theirs, checks.lifeAreaNames());
        PlanMerge.Result merge = PlanMerge.merge(base, mine, theirs, choicesAgainst == current ? choices : Map.of());
        if (!merge.clean()) {
            conflicts.increment();
            throw new PlanConflictException(PlanService.view(plan), theirChanges, merge.conflicts());
        }
        String mergedWith = plan.getUpdatedBy();
        return new Saved(write(clientId, plan, answering(clientId, fromForm(merge.merged(), theirs), theirs), user,
                Set.of()), theirChanges, mergedWith).awaiting(theirs);
    }

    /**
     * Adds one agreement to the current plan in one action (an accepted proposal of the rules), as a
     * new revision on top of whatever was saved last.
     */
    @PreAuthorize(Permissions.PLAN_WRITE)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public PlanView addAgreement(long clientId, PlanContent.AgreementItem agreement) {
        return change(clientId, c -> c.withAgreement(agreement), Set.of(), true);
    }

    /**
     * A volunteer of the register matched to a request (by the vrijwilligerscoördinator, who does not
     * otherwise write plans): only rung 2, and only in a plan that exists (the plan owner started it).
     */
    @PreAuthorize(Permissions.VOLUNTEER_MATCH)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public PlanView addVolunteerAgreement(long clientId, PlanContent.AgreementItem agreement) {
        if (agreement.rung() != SupportRung.VRIJWILLIGERS || agreement.volunteerId() == null) {
            throw new BusinessRuleException("error.plan.volunteerOnly");
        }
        clients.requireInTeam(clientId);
        if (!plans.existsByClientId(clientId)) {
            throw new BusinessRuleException("error.plan.noPlanYet");
        }
        return change(clientId, c -> c.withAgreement(agreement), Set.of(), true);
    }

    /**
     * A change the application makes itself on the current plan (a step-down review, an accepted
     * proposal): applied to the locked, current version, so there is nothing to merge. The fields the
     * server keeps are taken as the change gives them. {@code settledNeeds} are needs whose agreement
     * may leave the plan without opening the need again (the review found the care no longer needed).
     */
    PlanView change(long clientId, UnaryOperator<PlanContent> change, Set<Long> settledNeeds) {
        return change(clientId, change, settledNeeds, false);
    }

    private PlanView change(long clientId, UnaryOperator<PlanContent> change, Set<Long> settledNeeds,
            boolean acceptedProposal) {
        clients.requireInTeam(clientId);
        directory.requireOpen(clientId);
        CurrentUser user = CurrentUser.require();
        Plan plan = plans.lockByClientId(clientId).orElse(null);
        PlanContent current = plan == null ? PlanContent.EMPTY : plan.content();
        return write(clientId, plan, change.apply(current), user, settledNeeds, acceptedProposal);
    }

    private PlanView write(long clientId, Plan existing, PlanContent content, CurrentUser user,
            Set<Long> settledNeeds) {
        return write(clientId, existing, content, user, settledNeeds, false);
    }

    private PlanView write(long clientId, Plan existing, PlanContent content, CurrentUser user,
            Set<Long> settledNeeds, boolean acceptedProposal) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        checks.require(clientId, content, today);
        Plan plan = existing == null ? start(clientId, user, now) : existing;
        PlanContent before = plan.content();
        checks.requireVolunteerConsent(clientId, before, content);
        int revisionNo = plan.apply(content, today, now, user.displayName());
        long teamId = user.requireTeamId(); // the client is of the user's team (clients.get checked it)
        plan.getAgreements().forEach(a -> a.placeInTeam(teamId));
        plans.flush();
        indication.indicate(plan, before, user, clientId, today);
        plans.flush();
        PlanContent after = plan.content();
        String summary = String.join(";", PlanChanges.between(before, after, checks.lifeAreaNames()));
        if (acceptedProposal && revisionNo > 1) {
            revisions.recordAccepted(plan, revisionNo, now, user, summary);
        } else {
            revisions.record(plan, revisionNo, now, user, summary);
        }
        auditLog.record(clientId, revisionNo == 1 ? "history.plan.created" : "history.plan.saved", summary,
                revisionNo);
        clients.recordPlanReviewDate(clientId, after.reviewDate());
        clients.recordPlanFacts(clientId, after.agreedOn() != null, fundingDomains(after, today));
        needsLeft(before, after, today, settledNeeds).forEach((needId, what) -> events
                .publishEvent(new NeedAgreementLeft(clientId, needId, what, user.displayName())));
        needsMet(before, after, today).forEach(a -> events
                .publishEvent(new NeedAnswered(clientId, a.needId(), a.rung(), a.what())));
        events.publishEvent(new AgreementsChanged(clientId));
        return PlanService.view(plan);
    }

    private Plan start(long clientId, CurrentUser user, Instant now) {
        try {
            return plans.saveAndFlush(new Plan(clientId, user.userId(), user.displayName(), now));
        } catch (DataIntegrityViolationException startedMeanwhile) {
            throw new BusinessRuleException("error.plan.startedMeanwhile");
        }
    }

    /**
     * What a form sends, with the fields the server keeps taken from what is saved: an agreement that
     * is saved keeps its indication, review date, volunteer and need; a new one from a form has none.
     */
    static PlanContent fromForm(PlanContent form, PlanContent saved) {
        Map<String, PlanContent.AgreementItem> current = saved.agreements().stream()
                .collect(Collectors.toMap(PlanContent.AgreementItem::key, a -> a, (a, b) -> a, LinkedHashMap::new));
        return form.withAgreements(form.agreements().stream().map(a -> current.containsKey(a.key())
                ? a.withServerFieldsOf(current.get(a.key())) : a.edited()).toList());
    }

    /**
     * A new agreement from the form answers the client's open need of the same kind that no agreement answers yet
     * (the oldest such need): care agreed straight in the plan closes the need it is for, as the hand-over does.
     */
    private PlanContent answering(long clientId, PlanContent content, PlanContent saved) {
        Set<String> savedKeys = saved.agreements().stream().map(PlanContent.AgreementItem::key)
                .collect(Collectors.toSet());
        if (needDrafts.isEmpty() || content.agreements().stream().allMatch(a -> savedKeys.contains(a.key()))) {
            return content;
        }
        return answering(content, savedKeys, needDrafts.get().openNeeds(clientId));
    }

    static PlanContent answering(PlanContent content, Set<String> savedKeys, List<NeedDrafts.NeedDraft> openNeeds) {
        Set<Long> answered = content.agreements().stream().map(PlanContent.AgreementItem::needId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toCollection(java.util.HashSet::new));
        return content.withAgreements(content.agreements().stream().map(a -> {
            if (savedKeys.contains(a.key()) || a.needId() != null || a.needCategoryId() == null) {
                return a;
            }
            var need = openNeeds.stream().filter(n -> n.needCategoryId() == a.needCategoryId()
                    && !answered.contains(n.needId())).findFirst();
            need.ifPresent(n -> answered.add(n.needId()));
            return need.map(n -> a.withNeed(n.needId())).orElse(a);
        }).toList());
    }

    /**
     * The needs answered by an agreement in force before this save and by none after it (removed, or
     * ended before today), with the words of the agreement that left.
     */
    static Map<Long, String> needsLeft(PlanContent before, PlanContent after, LocalDate today, Set<Long> settled) {
        Set<Long> stillAnswered = after.agreements().stream().filter(a -> inForce(a, today))
                .map(PlanContent.AgreementItem::needId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> left = new LinkedHashMap<>();
        before.agreements().stream().filter(a -> a.needId() != null && inForce(a, today))
                .filter(a -> !stillAnswered.contains(a.needId()) && !settled.contains(a.needId()))
                .forEach(a -> left.putIfAbsent(a.needId(), a.what()));
        return left;
    }

    /**
     * The agreements that meet a need after this save and whose need no agreement met before it: on rungs
     * 0-3 once agreed, professional care once indicated (care waiting for approval answers the need, but
     * does not meet it yet). One per need.
     */
    static List<PlanContent.AgreementItem> needsMet(PlanContent before, PlanContent after, LocalDate today) {
        Set<Long> metBefore = before.agreements().stream().filter(a -> meets(a, today))
                .map(PlanContent.AgreementItem::needId).collect(Collectors.toSet());
        Map<Long, PlanContent.AgreementItem> met = new LinkedHashMap<>();
        after.agreements().stream().filter(a -> meets(a, today) && !metBefore.contains(a.needId()))
                .forEach(a -> met.putIfAbsent(a.needId(), a));
        return List.copyOf(met.values());
    }

    static boolean meets(PlanContent.AgreementItem a, LocalDate today) {
        return a.needId() != null && inForce(a, today) && a.rung() != null
                && (!a.rung().isProfessional() || a.approval() == PlanContent.ApprovalState.GOEDGEKEURD);
    }

    /**
     * The funding domains the plan involves: those of its professional care in force that was not refused (approved
     * or waiting for approval). The client record shows them instead of asking for them.
     */
    static Set<FundingDomain> fundingDomains(PlanContent plan, LocalDate today) {
        Set<FundingDomain> domains = EnumSet.noneOf(FundingDomain.class);
        plan.agreements().stream().filter(a -> a.rung() != null && a.rung().isProfessional())
                .filter(a -> a.fundingDomain() != null && a.approval() != PlanContent.ApprovalState.AFGEWEZEN)
                .filter(a -> inForce(a, today)).forEach(a -> domains.add(a.fundingDomain()));
        return domains;
    }

    private static boolean inForce(PlanContent.AgreementItem a, LocalDate today) {
        return a.endDate() == null || !a.endDate().isBefore(today);
    }
}
