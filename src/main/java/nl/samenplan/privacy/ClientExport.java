package nl.samenplan.privacy;

import nl.samenplan.client.ConsentService;
import java.time.Instant;
import java.util.List;
import nl.samenplan.client.BurdenCheckInService.Caregiver;
import nl.samenplan.client.ClientService.ClientDetails;
import nl.samenplan.client.NetworkService.Member;
import nl.samenplan.plan.PlanService.PlanExport;
import nl.samenplan.task.TaskExport;
import nl.samenplan.waitinglist.WaitingListService.EntryView;
import nl.samenplan.workflow.NeedService.NeedRow;

/**
 * Everything Samenplan holds on one client (AVG art. 15 and 20), as the JSON file and the PDF give it: the details,
 * the network, the consents (withdrawn ones too), the caregivers' check-ins, the plan and its versions, the needs, the tasks, the periods on the waiting
 * list and the access report.
 */
public record ClientExport(String format, Instant exportedAt, String exportedBy, ClientDetails client,
        List<Member> network, List<ConsentService.ConsentLine> consents, List<Caregiver> checkIns, PlanExport plan, List<NeedRow> needs, List<TaskExport> tasks,
        List<EntryView> waitingList, List<ReportLine> accessReport) {

    /** Names the layout of the JSON file; a new layout gets a new name. */
    public static final String FORMAT = "samenplan-client-export-v1";
}
