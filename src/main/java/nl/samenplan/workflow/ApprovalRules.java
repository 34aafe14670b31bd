package nl.samenplan.workflow;

import java.time.LocalDate;
import java.util.Optional;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.security.Role;

/**
 * Doorzettingsmacht: a leefcoach approves professional care in any domain, a dorpsregisseur indicates
 * Wmo, a wijkverpleegkundige Zvw; everyone else proposes and waits. A nursing-home application (Wlz) also
 * needs a multidisciplinary consultation (MDO) in the file of at most {@code mdoValidDays} days ago.
 */
public final class ApprovalRules {

    private final int mdoValidDays;

    public ApprovalRules(int mdoValidDays) {
        this.mdoValidDays = mdoValidDays;
    }

    public static boolean mayApprove(Role role, FundingDomain domain) {
        return switch (role) {
            case LEEFCOACH -> true;
            case DORPSREGISSEUR -> domain == FundingDomain.WMO;
            case WIJKVERPLEEGKUNDIGE -> domain == FundingDomain.ZVW;
            default -> false;
        };
    }

    /**
     * Why an approval must wait, if it must: the role may not approve this domain, or a nursing-home
     * application has no recent MDO.
     */
    public Optional<Reason> blocks(Role role, FundingDomain domain, boolean nursingHome, LocalDate lastMdo,
            LocalDate today) {
        if (!mayApprove(role, domain)) {
            return Optional.of(Reason.of("workflow.blocked.role", domain.label()));
        }
        if (nursingHome && (lastMdo == null || lastMdo.isBefore(today.minusDays(mdoValidDays)))) {
            return Optional.of(Reason.of("workflow.blocked.noMdo", mdoValidDays));
        }
        return Optional.empty();
    }
}
