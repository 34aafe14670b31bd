package nl.samenplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.security.Role;
import org.junit.jupiter.api.Test;

class ApprovalRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final ApprovalRules rules = new ApprovalRules(90);

    @Test
    void a_leefcoach_approves_every_domain_the_maotwarkers_their_own() {
        for (FundingDomain domain : FundingDomain.values()) {
            assertThat(ApprovalRules.mayApprove(Role.LEEFCOACH, domain)).isTrue();
        }
        assertThat(ApprovalRules.mayApprove(Role.DORPSREGISSEUR, FundingDomain.WMO)).isTrue();
        assertThat(ApprovalRules.mayApprove(Role.DORPSREGISSEUR, FundingDomain.ZVW)).isFalse();
        assertThat(ApprovalRules.mayApprove(Role.WIJKVERPLEEGKUNDIGE, FundingDomain.ZVW)).isTrue();
        assertThat(ApprovalRules.mayApprove(Role.WIJKVERPLEEGKUNDIGE, FundingDomain.WLZ)).isFalse();
        assertThat(ApprovalRules.mayApprove(Role.VRIJWILLIGERSCOORDINATOR, FundingDomain.WMO)).isFalse();
    }

    @Test
    void a_nursing_home_application_waits_for_an_mdo_of_the_last_90_days() {
        assertThat(rules.blocks(Role.LEEFCOACH, FundingDomain.WLZ, true, null, TODAY))
                .contains(Reason.of("workflow.blocked.noMdo", 90));
        assertThat(rules.blocks(Role.LEEFCOACH, FundingDomain.WLZ, true, TODAY.minusDays(91), TODAY)).isPresent();
        assertThat(rules.blocks(Role.LEEFCOACH, FundingDomain.WLZ, true, TODAY.minusDays(90), TODAY)).isEmpty();
    }

    @Test
    void a_proposal_by_someone_who_may_not_approve_it_waits_for_approval() {
        assertThat(rules.blocks(Role.DORPSREGISSEUR, FundingDomain.ZVW, false, null, TODAY))
                .contains(Reason.of("workflow.blocked.role", "Zvw"));
    }
}
