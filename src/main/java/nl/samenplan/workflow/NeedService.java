package nl.samenplan.workflow;

import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.base.access.AccessedClient;
import nl.samenplan.base.access.LogsAccess;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.InputValidation;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanEditing;
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
    private final PlanEditing plans;
    private final AuditLog auditLog;
    private final Clock clock;
    private final List<VolunteerCandidates> volunteers;
    private final PlanService planReads;
    private final nl.samenplan.client.ClientDirectory directory;

    NeedService(NeedRepository needs, ClientService clients, CatalogService catalog, LadderRouting routing,
            PlanEditing plans, AuditLog auditLog, Clock clock, List<VolunteerCandidates> volunteers,
            PlanService planReads, nl.samenplan.client.ClientDirectory directory) {
        this.planReads = planReads;
        this.directory = directory;
        this.volunteers = volunteers;
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
        InputValidation.require(data);
        clients.get(clientId);
        directory.requireOpen(clientId);
        CatalogService.Item category = category(data.needCategoryId());
        Need need = needs.save(new Need(clientId, data, clock.instant(), CurrentUser.require().displayName()));
        auditLog.record(clientId, "history.need.recorded", category.name());
        Routing proposed = routing.route(clientId, category.id(), data.clientCanDoSelf());
        auditLog.record(clientId, "history.need.routed", category.name() + ": " + proposed.proposals().stream()
                .map(p -> p.rung().level() + (p.candidateName() == null ? "" : " " + p.candidateName()))
                .collect(Collectors.joining(", ")));
        return need.getId();
    }

    /**
     * The client's own answer to "Waar heeft u behoefte aan?" and the kinds of need it names (by their names and
     * other words in the catalogue) that the client has no open need for yet: to record with one tap each.
     */
    @PreAuthorize(Permissions.CLIENT_READ)
    @LogsAccess(AccessEventType.NEEDS_VIEWED)
    public FromAnswer fromAnswer(long clientId) {
        String answer = planReads.plan(clientId).content().answerNeeds();
        // Recorded already, whether still open or met since: offering it again would ask twice
        java.util.Set<Long> open = needs.findByClientIdOrderByCreatedAtDesc(clientId).stream()
                .map(n -> n.data().needCategoryId()).collect(Collectors.toSet());
        List<NeedWords.Category> categories = catalog.needCategories().stream().filter(CatalogService.Item::active)
                .map(c -> new NeedWords.Category(c.id(), c.name(), c.synonyms())).toList();
        return new FromAnswer(answer, NeedWords.in(answer, categories).stream()
                .filter(m -> !open.contains(m.categoryId())).toList());
    }

    /**
     * Records, in one action, the need that the client's own answer names for this kind of need, with the words
     * that named it as its description. Refused when the answer no longer names it or it is open already.
     */
    @PreAuthorize(Permissions.PLAN_WRITE)
    @Transactional
    public long recordFromAnswer(long clientId, long needCategoryId) {
        directory.requireOpen(clientId);
        NeedWords.Match match = fromAnswer(clientId).suggestions().stream()
                .filter(m -> m.categoryId() == needCategoryId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("error.need.noLongerInAnswer"));
        return recordNamed(clientId, match);
    }

    /**
     * Records, in one action, every kind of need the client's own answer names that is not open yet (the "all of
     * them" of the one-tap buttons); returns how many were recorded.
     */
    @PreAuthorize(Permissions.PLAN_WRITE)
    @Transactional
    public int recordAllFromAnswer(long clientId) {
        directory.requireOpen(clientId);
        List<NeedWords.Match> all = fromAnswer(clientId).suggestions();
        all.forEach(match -> recordNamed(clientId, match));
        return all.size();
    }

    /** The need the answer names, with the words that named it as its description (cut to the column's length). */
    private long recordNamed(long clientId, NeedWords.Match match) {
        String description = match.description();
        if (description != null && description.length() > WorkflowLimits.NEED_DESCRIPTION) {
            description = description.substring(0, WorkflowLimits.NEED_DESCRIPTION).strip();
        }
        return record(clientId, new NeedData(match.categoryId(), description, null, null, Urgency.NORMAAL,
                NeedSource.CLIENT, false));
    }

    /** The answer to "Waar heeft u behoefte aan?" (or null) and the kinds of need to offer from it. */
    public record FromAnswer(String answer, List<NeedWords.Match> suggestions) {
    }

    @PreAuthorize(Permissions.CLIENT_READ)
    @LogsAccess(AccessEventType.NEEDS_VIEWED)
    public List<NeedRow> needs(long clientId) {
        clients.get(clientId);
        Map<Long, String> names = catalog.needCategories().stream()
                .collect(Collectors.toMap(CatalogService.Item::id, CatalogService.Item::name));
        Map<Long, PlanService.NeedAnswer> answers = planReads.needAnswers(clientId);
        return needs.findByClientIdOrderByCreatedAtDesc(clientId).stream()
                .map(n -> new NeedRow(n.getId(), n.data(), names.get(n.data().needCategoryId()), n.getCreatedAt(),
                        n.getCreatedBy(), n.getMetOnRung() == null ? null : SupportRung.ofLevel(n.getMetOnRung()),
                        answers.get(n.getId())))
                .toList();
    }

    /** The client's needs, newest first, for the export of everything held on the client (AVG art. 15 and 20). */
    @PreAuthorize(Permissions.ACCESS_REPORT)
    @nl.samenplan.base.access.LogsAccess(nl.samenplan.base.access.AccessEventType.DATA_EXPORTED)
    public List<NeedRow> exportNeeds(long clientId) {
        clients.reportSubject(clientId);
        Map<Long, String> names = catalog.needCategories().stream()
                .collect(Collectors.toMap(CatalogService.Item::id, CatalogService.Item::name));
        return needs.findByClientIdOrderByCreatedAtDesc(clientId).stream().map(n -> new NeedRow(n.getId(), n.data(),
                names.get(n.data().needCategoryId()), n.getCreatedAt(), n.getCreatedBy(),
                n.getMetOnRung() == null ? null : SupportRung.ofLevel(n.getMetOnRung()), null)).toList();
    }

    /** The router's proposals for a need, from the lowest rung up, with the reasons. */
    @PreAuthorize(Permissions.CLIENT_READ)
    @LogsAccess(AccessEventType.NEEDS_VIEWED)
    public Routing route(long needId) {
        Need need = load(needId);
        return routing.route(need.getClientId(), need.data().needCategoryId(), need.data().clientCanDoSelf(),
                need.data().frequency());
    }

    /**
     * Accepts a proposal on rungs 0-3: the agreement is added to the plan in one action and the need is
     * met. Professional care goes through the plan's agreement form (funding domain, justification).
     */
    @PreAuthorize(Permissions.PLAN_WRITE)
    @Transactional
    public void accept(long needId, Proposal proposal) {
        Need need = load(needId);
        directory.requireOpen(need.getClientId());
        if (proposal.rung().isProfessional()) {
            throw new BusinessRuleException("error.need.professionalViaPlan");
        }
        if (need.getMetOnRung() != null) {
            throw new BusinessRuleException("error.need.alreadyMet");
        }
        if (proposal.rung() == SupportRung.VRIJWILLIGERS
                && !directory.sharesWithVolunteers(need.getClientId())) { // load(needId) checked the team
            throw new BusinessRuleException("error.consent.volunteers");
        }
        Routing current = route(needId);
        if (!current.proposals().contains(proposal.needsConsent() ? proposal.consented() : proposal)) {
            throw new BusinessRuleException("error.need.proposalChanged");
        }
        NeedData data = need.data();
        CatalogService.Item category = category(data.needCategoryId());
        String what = data.description() != null ? data.description() : category.name();
        List<PlanContent.GoalItem> goals = planReads.plan(need.getClientId()).content().goals();
        // the plan tells, through NeedAnswered, that the agreement meets the need: NeedMeeting marks it met
        plans.addAgreement(need.getClientId(), agreement(data, what, category, proposal)
                .withGoal(goalFor(category, goals)).withNeed(need.getId()));
        auditLog.record(need.getClientId(), "history.need.accepted",
                category.name() + " → " + (proposal.candidateName() == null ? "" : proposal.candidateName()));
    }

    /**
     * The goal an accepted proposal belongs to: the plan's only goal, or else the one goal whose words name
     * this kind of need (by its name or its other words in the catalogue); none when that is not clear.
     */
    static String goalFor(CatalogService.Item category, List<PlanContent.GoalItem> goals) {
        List<PlanContent.GoalItem> written = goals.stream().filter(g -> g.text() != null && !g.text().isBlank())
                .toList();
        if (written.size() == 1) {
            return written.get(0).key();
        }
        List<NeedWords.Category> kind = List.of(new NeedWords.Category(category.id(), category.name(),
                category.synonyms()));
        List<PlanContent.GoalItem> naming = written.stream().filter(g -> !NeedWords.in(g.text(), kind).isEmpty())
                .toList();
        return naming.size() == 1 ? naming.get(0).key() : null;
    }

    /**
     * Open requests for volunteer help in the team: needs that nobody meets yet and that the client's
     * own network cannot take (the rules propose nobody on rungs 0 and 1), with the matching volunteers
     * best first, or none ("geen match") and who was passed over. Only what matching needs: the client's
     * name and village, the need (what, how often, from when), when it was asked and the consent for volunteers;
     * nothing of the plan, the network or the rest of the file.
     */
    @PreAuthorize(Permissions.VOLUNTEER_MATCH)
    @LogsAccess(AccessEventType.CLIENT_LIST_VIEWED)
    public List<VolunteerRequest> volunteerRequests() {
        long teamId = CurrentUser.require().requireTeamId();
        Map<Long, CatalogService.Item> categories = catalog.needCategories().stream()
                .collect(Collectors.toMap(CatalogService.Item::id, c -> c));
        java.util.Set<Long> answered = planReads.answeredNeedsInTeam(); // e.g. professional care waiting for approval
        List<Need> open = needs.openInTeam(teamId).stream().filter(need -> {
            CatalogService.Item category = categories.get(need.data().needCategoryId());
            return category != null && !category.professionalByNature() && !answered.contains(need.getId());
        }).toList();
        Map<Long, nl.samenplan.client.ClientDirectory.Visit> names = directory.visits(
                open.stream().map(Need::getClientId).collect(Collectors.toSet()));
        List<VolunteerRequest> requests = new java.util.ArrayList<>();
        for (Need need : open) {
            Routing routing = matchingRoute(need);
            boolean informal = routing.proposals().stream().anyMatch(p -> p.rung().level() <= 1);
            var client = names.get(need.getClientId());
            if (informal || client == null) {
                continue;
            }
            NeedData data = need.data();
            requests.add(new VolunteerRequest(need.getId(), client.fullName(), client.village(),
                    categories.get(data.needCategoryId()).name(), data.description(), data.frequency(),
                    data.startDate(), need.getCreatedAt(), volunteerConsent(need.getClientId()),
                    // who could help without the client's consent is not the coordinator's to match (nor to see)
                    routing.proposals().stream().filter(p -> p.rung() == SupportRung.VRIJWILLIGERS
                            && !p.needsConsent()).toList(),
                    routing.passedOver().stream().filter(r -> r.key().startsWith("workflow.passed.paused")
                            || r.key().equals("workflow.passed.noVolunteerConsent")
                            || r.key().startsWith("workflow.passed.weeklyMaximum")).toList()));
        }
        return requests;
    }

    /** Whether the client consented to sharing with the team's volunteers (the coordinator's request shows it). */
    private Boolean volunteerConsent(long clientId) {
        return directory.sharesWithVolunteers(clientId);
    }

    /** The client of a need of the own team (refused as not found otherwise). */
    long clientOf(long needId) {
        return load(needId).getClientId();
    }

    /** The ladder for a need, as the coordinator's matching may ask it (no client file read). */
    private Routing matchingRoute(Need need) {
        return routing.routeForMatching(need.getClientId(), need.data().needCategoryId(),
                need.data().clientCanDoSelf(), need.data().frequency());
    }

    /** At most this many needs in "Zorg om af te spreken": a short list on a home screen, not a register. */
    public static final int CARE_TO_ARRANGE_MAX = 20;

    /**
     * "Zorg om af te spreken" for a professional who gives care herself (the district nurse): the open needs of the
     * team's clients that are professional by nature (her field; a nursing-home application is not) or that only
     * professional care can answer (household help when nobody lower can: she proposes it, the leefcoach or
     * dorpsregisseur indicates it), with no agreement in the plan yet, oldest first, at most
     * {@link #CARE_TO_ARRANGE_MAX}. Empty for other roles.
     */
    @PreAuthorize(Permissions.PLAN_WRITE)
    @LogsAccess(AccessEventType.CLIENT_LIST_VIEWED)
    public List<CareToArrange> careToArrange() {
        CurrentUser user = CurrentUser.require();
        if (!user.role().providesCare()) {
            return List.of();
        }
        Map<Long, CatalogService.Item> kinds = catalog.needCategories().stream()
                .filter(c -> c.active() && (c.professionalByNature() || c.usualDomain() != null)
                        && !WorkflowApprovalPolicy.NURSING_HOME.equalsIgnoreCase(c.name()))
                .collect(Collectors.toMap(CatalogService.Item::id, c -> c));
        if (kinds.isEmpty()) {
            return List.of();
        }
        java.util.Set<Long> answered = planReads.answeredNeedsInTeam();
        List<Need> open = needs.openOfKindsInTeam(user.requireTeamId(), kinds.keySet(),
                org.springframework.data.domain.PageRequest.of(0, CARE_TO_ARRANGE_MAX * 2)).stream()
                .filter(n -> !answered.contains(n.getId()))
                .filter(n -> kinds.get(n.data().needCategoryId()).professionalByNature() || onlyProfessional(n))
                .limit(CARE_TO_ARRANGE_MAX).toList();
        var names = directory.visits(open.stream().map(Need::getClientId).collect(Collectors.toSet()));
        return open.stream().filter(n -> names.containsKey(n.getClientId()))
                .map(n -> new CareToArrange(n.getId(), n.getClientId(), names.get(n.getClientId()).fullName(),
                        kinds.get(n.data().needCategoryId()).name(), n.data(), n.getCreatedAt()))
                .toList();
    }

    /**
     * Whether the ladder finds nothing below professional care for this need (no one in the network, no volunteer,
     * no general provision): care such as household help that the team then arranges professionally.
     */
    private boolean onlyProfessional(Need need) {
        return routing.route(need.getClientId(), need.data().needCategoryId(), need.data().clientCanDoSelf(),
                need.data().frequency()).proposals().stream().allMatch(p -> p.rung().isProfessional());
    }

    /** An open need to agree professional care for: whose, what kind, what it says, since when. */
    public record CareToArrange(long needId, long clientId, String clientName, String categoryName, NeedData data,
            java.time.Instant createdAt) {
    }

    /**
     * Matches an open request to a volunteer of the register in one action: the agreement (with the
     * volunteer, whose login gets the tasks) is added to the plan and the need is met. Only a volunteer
     * the rules still propose for it can be chosen.
     */
    @PreAuthorize(Permissions.VOLUNTEER_MATCH)
    @Transactional
    public void matchVolunteer(long needId, long volunteerId) {
        Need need = needs.findById(needId).orElseThrow(() -> new BusinessRuleException("error.need.notFound"));
        Routing[] found = new Routing[1];
        // refuses a need of another team's client as one that does not exist
        BusinessRuleException.asMissing("error.need.notFound", () -> found[0] = matchingRoute(need));
        Routing routing = found[0];
        directory.requireOpen(need.getClientId());
        if (need.getMetOnRung() != null) {
            throw new BusinessRuleException("error.need.alreadyMet");
        }
        if (!directory.sharesWithVolunteers(need.getClientId())) { // the team was checked by the route above
            throw new BusinessRuleException("error.consent.volunteers");
        }
        Proposal proposal = routing.proposals().stream()
                .filter(p -> p.rung() == SupportRung.VRIJWILLIGERS && p.candidateId() != null
                        && p.candidateId() == volunteerId)
                .findFirst().orElseThrow(() -> new BusinessRuleException("error.need.proposalChanged"));
        NeedData data = need.data();
        CatalogService.Item category = category(data.needCategoryId());
        String what = data.description() != null ? data.description() : category.name();
        plans.addVolunteerAgreement(need.getClientId(),
                agreement(data, what, category, proposal).withNeed(need.getId())); // NeedMeeting marks the need met
        auditLog.record(need.getClientId(), "history.need.matched", category.name() + " → " + proposal.candidateName());
    }

    /** The agreement an accepted proposal becomes; a volunteer's tasks go to their login, if any. */
    private PlanContent.AgreementItem agreement(NeedData data, String what, CatalogService.Item category,
            Proposal proposal) {
        PlanContent.AgreementItem item = new PlanContent.AgreementItem(null, what, category.id(), proposal.rung(),
                proposal.rung() == SupportRung.EIGEN_NETWERK ? proposal.candidateId() : null,
                proposal.rung().level() >= 2 ? proposal.candidateName() : null, null, data.frequency(),
                data.startDate() != null ? data.startDate() : java.time.LocalDate.now(clock), null, null, null);
        if (proposal.rung() == SupportRung.VRIJWILLIGERS && proposal.candidateId() != null) {
            long volunteerId = proposal.candidateId();
            item = item.withVolunteer(volunteerId).withAssignee(volunteers.stream()
                    .flatMap(v -> v.loginOf(volunteerId).stream()).findFirst().orElse(null));
        }
        return item;
    }

    private Need load(long needId) {
        Need need = needs.findById(needId).orElseThrow(() -> new BusinessRuleException("error.need.notFound"));
        AccessedClient.is(need.getClientId());
        BusinessRuleException.asMissing("error.need.notFound", () -> clients.get(need.getClientId()));
        return need;
    }

    private CatalogService.Item category(Long id) {
        return catalog.needCategories().stream().filter(c -> id != null && c.id() == id && c.active()).findFirst()
                .orElseThrow(() -> new BusinessRuleException("error.need.category"));
    }

    /**
     * A need as the screens list it; {@code metOn} is null while it is open; {@code answer} is the agreement in
     * the plan that answers it (who does it), or null; professional care answers it while waiting for approval.
     */
    public record NeedRow(long id, NeedData data, String categoryName, java.time.Instant createdAt, String createdBy,
            SupportRung metOn, PlanService.NeedAnswer answer) {

        /** Professional care for it waits in the plan for its indication. */
        public boolean waitingForApproval() {
            return metOn == null && answer != null && answer.waiting();
        }
    }
}
