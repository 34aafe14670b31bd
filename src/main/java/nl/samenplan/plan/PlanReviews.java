package nl.samenplan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.client.ClientDirectory;
import nl.samenplan.client.ClientService;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step down: professional care comes back at its review date, and the plan owner continues it, moves it
 * down the ladder or stops it. Each outcome is a new version of the plan.
 */
@Service
@Transactional(readOnly = true)
public class PlanReviews {

    private final PlanRepository plans;
    private final PlanEditing editing;
    private final PlanIndication indication;
    private final ClientService clients;
    private final AuditLog auditLog;
    private final java.time.Clock clock;
    private final ClientDirectory directory;

    PlanReviews(PlanRepository plans, PlanEditing editing, PlanIndication indication, ClientService clients,
            AuditLog auditLog, java.time.Clock clock, ClientDirectory directory) {
        this.directory = directory;
        this.plans = plans;
        this.editing = editing;
        this.indication = indication;
        this.clients = clients;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The outcome of a step-down review. */
    public enum ReviewOutcome { CONTINUE, STEP_DOWN, STOP }

    /** Professional care due for review, as the list shows it. */
    public record ReviewDue(long agreementId, long clientId, String clientName, String what, long needCategoryId,
            String provider, FundingDomain domain, LocalDate reviewDate) {
    }

    /** The plan owner's professional care whose review date has come. */
    @PreAuthorize(Permissions.PLAN_WRITE)
    public List<ReviewDue> reviewsDue() {
        CurrentUser user = CurrentUser.require();
        List<Agreement> due = plans.reviewsDue(LocalDate.now(clock), user.userId(), user.requireTeamId());
        // the names of all their clients in one query (the agreements are the own team's: the query checks it)
        Map<Long, ClientDirectory.Visit> names = directory.visits(
                due.stream().map(a -> a.getPlan().getClientId()).collect(java.util.stream.Collectors.toSet()));
        return due.stream()
                .map(a -> new ReviewDue(a.getId(), a.getPlan().getClientId(),
                        names.get(a.getPlan().getClientId()).fullName(), a.getDescription(), a.getNeedCategoryId(),
                        a.getProviderName(), a.getFundingDomain(), a.getReviewDate()))
                .toList();
    }

    /**
     * Records the outcome of a review: continue (a new review date), step down (the agreement is replaced
     * by one on a lower rung, which answers the same need) or stop (the care is no longer needed, so its
     * need does not open again).
     */
    @PreAuthorize(Permissions.PLAN_WRITE)
    @Transactional
    public void review(long agreementId, ReviewOutcome outcome, PlanContent.AgreementItem lowerRung) {
        long clientId = plans.clientIdOfAgreement(agreementId)
                .orElseThrow(() -> new BusinessRuleException("error.approval.notFound"));
        // another team's agreement is one that does not exist, before any other rule can tell it is there
        BusinessRuleException.asMissing("error.approval.notFound", () -> clients.get(clientId));
        if (outcome == ReviewOutcome.STEP_DOWN
                && (lowerRung == null || lowerRung.rung() == null || lowerRung.rung().isProfessional())) {
            throw new BusinessRuleException("error.review.lowerRung");
        }
        String key = "a" + agreementId;
        LocalDate nextReview = indication.reviewDateFrom(LocalDate.now(clock));
        String[] what = new String[1];
        editing.change(clientId, current -> {
            List<PlanContent.AgreementItem> agreements = new ArrayList<>();
            for (PlanContent.AgreementItem item : current.agreements()) {
                if (!item.key().equals(key)) {
                    agreements.add(item);
                    continue;
                }
                what[0] = item.what();
                if (outcome == ReviewOutcome.CONTINUE) {
                    agreements.add(item.withReviewDate(nextReview));
                } else if (outcome == ReviewOutcome.STEP_DOWN) {
                    agreements.add(lowerRung.withNeed(item.needId()));
                }
            }
            return current.withAgreements(agreements);
        }, outcome == ReviewOutcome.STOP ? settledBy(clientId, key) : Set.of());
        auditLog.record(clientId, "history.review." + outcome.name().toLowerCase(), what[0]
                + (lowerRung == null ? "" : " → " + lowerRung.what()));
    }

    /** A review that stops the care settles its need: the care is no longer needed. */
    private Set<Long> settledBy(long clientId, String key) {
        return plans.needIdOfAgreement(Long.parseLong(key.substring(1))).map(Set::of).orElse(Set.of());
    }
}
