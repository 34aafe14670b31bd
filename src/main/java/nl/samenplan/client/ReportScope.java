package nl.samenplan.client;

import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.security.CurrentUser;

/**
 * The scope of the access report and the export (AVG art. 15 and 20): a client of the own team, or any client for
 * the privacy officer, who has no team. A client outside it does not exist for the asker.
 */
final class ReportScope {

    private ReportScope() {
    }

    static Client require(ClientRepository clients, long clientId) {
        CurrentUser me = CurrentUser.require();
        return clients.findById(clientId).filter(c -> me.mayReportOnTeam(c.getTeamId()))
                .orElseThrow(() -> new BusinessRuleException("error.client.notFound"));
    }
}
