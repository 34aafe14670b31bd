package nl.samenplan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.client.ClientDirectory;
import nl.samenplan.client.ClientService;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Doorzettingsmacht in one action: professional care waiting for an indication, and the decision on it,
 * which is a new version of the plan.
 */
@Service
@Transactional(readOnly = true)
public class PlanApprovals {

    private final PlanRepository plans;
    private final PlanRevisions revisions;
    private final ClientService clients;
    private final CatalogService catalog;
    private final ApprovalPolicy approvalPolicy;
    private final PlanIndication indication;
    private final AuditLog auditLog;
    private final java.time.Clock clock;
    private final ApplicationEventPublisher events;
    private final ClientDirectory directory;

    PlanApprovals(PlanRepository plans, PlanRevisions revisions, ClientService clients, CatalogService catalog,
            ApprovalPolicy approvalPolicy, PlanIndication indication, AuditLog auditLog, java.time.Clock clock,
            ApplicationEventPublisher events, ClientDirectory directory) {
        this.directory = directory;
        this.plans = plans;
        this.revisions = revisions;
        this.clients = clients;
        this.catalog = catalog;
        this.approvalPolicy = approvalPolicy;
        this.indication = indication;
        this.auditLog = auditLog;
        this.clock = clock;
        this.events = events;
    }

    /** How many indications wait for this user (the number beside Goedkeuren in the menu). */
    @PreAuthorize(Permissions.PLAN_WRITE)
    public int waitingCount() {
        CurrentUser user = CurrentUser.require();
        return (int) plans.agreementsInState(PlanContent.ApprovalState.TER_GOEDKEURING, user.requireTeamId()).stream()
                .filter(a -> approvalPolicy.mayApprove(user.role(), a.getFundingDomain())).count();
    }

    /** Professional care waiting for an indication that this user may give, in the own team. */
    @PreAuthorize(Permissions.PLAN_WRITE)
    public List<PendingApproval> pendingApprovals() {
        CurrentUser user = CurrentUser.require();
        Map<Long, String> categories = catalog.needCategories().stream()
                .collect(Collectors.toMap(CatalogService.Item::id, CatalogService.Item::name));
        List<Agreement> waiting = plans.agreementsInState(PlanContent.ApprovalState.TER_GOEDKEURING,
                user.requireTeamId()).stream().filter(a -> approvalPolicy.mayApprove(user.role(), a.getFundingDomain()))
                .toList();
        // the names of all their clients in one query (the agreements are the own team's: the query checks it)
        Map<Long, ClientDirectory.Visit> names = directory.visits(
                waiting.stream().map(a -> a.getPlan().getClientId()).collect(Collectors.toSet()));
        return waiting.stream()
                .map(a -> {
                    long clientId = a.getPlan().getClientId();
                    return new PendingApproval(a.getId(), clientId, names.get(clientId).fullName(),
                            a.getDescription(), categories.get(a.getNeedCategoryId()), a.getProviderName(),
                            a.getOrganisation(), a.getFundingDomain(), a.getProposedBy(), a.getEscalationReason(),
                            approvalPolicy.whyWait(user.role(), a.getFundingDomain(), a.getNeedCategoryId(), clientId)
                                    .orElse(null), a.getFrequency(), a.getStartDate());
                })
                .toList();
    }

    /** Approves or rejects waiting professional care in one action; the decision is the indication. */
    @PreAuthorize(Permissions.PLAN_WRITE)
    @Transactional
    public void decide(long agreementId, boolean approve, String remark) {
        CurrentUser user = CurrentUser.require();
        Plan plan = plans.planIdOfAgreement(agreementId).flatMap(plans::lockById)
                .orElseThrow(() -> new BusinessRuleException("error.approval.notFound"));
        long clientId = plan.getClientId();
        BusinessRuleException.asMissing("error.approval.notFound", () -> clients.get(clientId)); // team check
        directory.requireOpen(clientId);
        Agreement agreement = plan.getAgreements().stream().filter(a -> a.getId() == agreementId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("error.approval.notFound"));
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
        agreement.decide(approve, user.displayName(), today, remark, indication.reviewDateFrom(today));
        int revisionNo = plan.recordDecision(now, user.displayName());
        plans.flush();
        String detail = agreement.getDescription() + " (" + agreement.getFundingDomain().label() + ")"
                + (remark == null || remark.isBlank() ? "" : ": " + remark.strip());
        revisions.record(plan, revisionNo, now, user,
                (approve ? "plan.change.approved|" : "plan.change.rejected|") + agreement.getDescription());
        auditLog.record(clientId, approve ? "history.approval.approved" : "history.approval.rejected", detail,
                revisionNo);
        if (approve && PlanEditing.meets(agreement.item(), today)) {
            events.publishEvent(new NeedAnswered(clientId, agreement.getNeedId(), agreement.getRung(),
                    agreement.getDescription()));
        }
        PlanContent after = plan.content();
        clients.recordPlanFacts(clientId, after.agreedOn() != null, PlanEditing.fundingDomains(after, today));
        events.publishEvent(new AgreementsChanged(clientId));
    }

    /** Professional care waiting for an indication, as the inbox shows it. */
    public record PendingApproval(long agreementId, long clientId, String clientName, String what, String category,
            String provider, String organisation, FundingDomain domain, String proposedBy, String escalationReason,
            Hint waitReason, String frequency, LocalDate startDate) {
    }
}
