package nl.samenplan.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.catalog.SettingsService;
import nl.samenplan.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Doorzettingsmacht: new or changed professional care is indicated at once when the person saving may
 * indicate its domain (and nothing makes it wait); otherwise it waits for approval.
 */
@Component
class PlanIndication {

    private final ApprovalPolicy approvalPolicy;
    private final SettingsService settings;

    PlanIndication(ApprovalPolicy approvalPolicy, SettingsService settings) {
        this.approvalPolicy = approvalPolicy;
        this.settings = settings;
    }

    void indicate(Plan plan, PlanContent before, CurrentUser user, long clientId, LocalDate today) {
        Map<String, PlanContent.AgreementItem> previous = before.agreements().stream()
                .collect(Collectors.toMap(PlanContent.AgreementItem::key, a -> a, (a, b) -> a));
        for (Agreement agreement : plan.getAgreements()) {
            if (!agreement.getRung().isProfessional()) {
                continue;
            }
            PlanContent.AgreementItem was = previous.get(agreement.key());
            if (was != null && was.approval() != null && was.sameContentAs(agreement.item())) {
                continue;
            }
            if (mayIndicateNow(user, agreement.getFundingDomain(), agreement.getNeedCategoryId(), clientId)) {
                agreement.decide(true, user.displayName(), today, null, reviewDateFrom(today));
            } else {
                agreement.awaitApproval(user.displayName());
            }
        }
    }

    private boolean mayIndicateNow(CurrentUser user, FundingDomain domain, long needCategoryId, long clientId) {
        return approvalPolicy.mayApprove(user.role(), domain)
                && approvalPolicy.whyWait(user.role(), domain, needCategoryId, clientId).isEmpty();
    }

    /** Approved professional care comes back for review after the set number of months. */
    LocalDate reviewDateFrom(LocalDate today) {
        return today.plusMonths(settings.current().reviewMonths());
    }
}
