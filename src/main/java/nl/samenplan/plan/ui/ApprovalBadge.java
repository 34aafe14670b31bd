package nl.samenplan.plan.ui;

import nl.samenplan.base.ui.MenuBadge;
import nl.samenplan.plan.PlanApprovals;
import nl.samenplan.security.CurrentUser;

/** The number beside Goedkeuren in the menu: how many indications wait for the user, as Mijn taken counts its tasks. */
@org.springframework.stereotype.Component
class ApprovalBadge implements MenuBadge {

    private final PlanApprovals approvals;

    ApprovalBadge(PlanApprovals approvals) {
        this.approvals = approvals;
    }

    @Override
    public String route() {
        return "goedkeuren";
    }

    @Override
    public int count() {
        return CurrentUser.find().filter(u -> u.role().writesClientFiles() && u.teamId().isPresent())
                .map(u -> approvals.waitingCount()).orElse(0);
    }

    @Override
    public String labelKey() {
        return "approvals.badge";
    }
}
