package nl.samenplan.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.client.BurdenCheckInData;
import nl.samenplan.client.BurdenCheckInService;
import nl.samenplan.client.CheckInAnswer;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ConsentData;
import nl.samenplan.client.ConsentManner;
import nl.samenplan.client.ConsentRecipient;
import nl.samenplan.client.ConsentService;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.client.NetworkMemberData;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.Relation;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanContent.GoalItem;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.security.TeamService;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskStatus;
import nl.samenplan.waitinglist.LeaveReason;
import nl.samenplan.waitinglist.WaitingListData;
import nl.samenplan.waitinglist.WaitingListService;
import nl.samenplan.waitinglist.WaitingListType;
import nl.samenplan.waitinglist.WaitingStatus;
import nl.samenplan.waitinglist.WaitingUrgency;
import nl.samenplan.workflow.MdoData;
import nl.samenplan.workflow.MdoService;
import nl.samenplan.workflow.NeedData;
import nl.samenplan.workflow.NeedService;
import nl.samenplan.workflow.NeedSource;
import nl.samenplan.workflow.Urgency;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * A client file with something in every part, written through the services by the logged-in user of the demo team
 * (Heideveen): details, a naaste who is an overburdened mantelzorger with a check-in, a plan with the client's own
 * words, a goal, a volunteer's daily agreement (tasks) and Wmo care, a need, an MDO, a task by hand, a task done and one
 * that did not work out, and a period on the waiting list that has ended.
 */
final class FullFile {

    /** What the file holds, by id. */
    record Made(long clientId, long memberId, long needId, long handTaskId, long doneTaskId, long entryId) {
    }

    private final ApplicationContext context;
    private final LocalDate today;

    FullFile(ApplicationContext context) {
        this.context = context;
        this.today = LocalDate.now(context.getBean(Clock.class));
    }

    Made make(String lastName) {
        ClientService clients = context.getBean(ClientService.class);
        CatalogService catalog = context.getBean(CatalogService.class);
        TaskService tasks = context.getBean(TaskService.class);
        long clientId = clients.create(new ClientData("Trijntje", lastName, LocalDate.of(1941, 6, 12),
                "Brinkweg 4", "7913 KH", "Heideveen", "0528-123456", "trijntje@example.org", ClientStatus.ACTIEF,
                Set.of(), "Mijn kat Minoes", "Trijn"));
        ConsentService consents = context.getBean(ConsentService.class);
        consents.record(clientId, new ConsentData(ConsentRecipient.TEAM, null, null, today.minusMonths(1),
                ConsentManner.VERTEGENWOORDIGER, "Mr. A. Jansen (mentor)"));
        consents.record(clientId, ConsentData.of(ConsentRecipient.VOLUNTEERS, today.minusMonths(1),
                ConsentManner.SCHRIFTELIJK));
        consents.record(clientId, new ConsentData(ConsentRecipient.ORGANISATION, null, "Huisartsenpraktijk De Brink",
                today.minusMonths(1), ConsentManner.SCHRIFTELIJK, null));
        long memberId = context.getBean(NetworkService.class).add(clientId, new NetworkMemberData("Hendrik " + lastName,
                Relation.PARTNER, "06-12345678", null, "Kookt elke dag", Set.of(category(catalog, "Maaltijden")),
                "Elke dag", true, 8)).id();
        context.getBean(BurdenCheckInService.class).record(memberId, new BurdenCheckInData(today, 8, CheckInAnswer.NEE,
                CheckInAnswer.NEE, CheckInAnswer.JA, true, "Slaapt slecht sinds de val", 4));
        long volunteer = context.getBean(TeamService.class).colleagues().stream()
                .filter(c -> c.displayName().equals("Jan Hoving")).findFirst().orElseThrow().id();
        String goal = "nieuw-" + UUID.randomUUID();
        long area = catalog.lifeAreas().get(0).id();
        context.getBean(PlanEditing.class).save(clientId, 0, new PlanContent("Ik was me nog zelf",
                "Hulp bij de boodschappen", "Ik ga naar de soos", null, List.of(new GoalItem(goal, area,
                        "Weer onder de mensen komen")),
                List.of(new AgreementItem(null, "Boodschappen bij de Spar", category(catalog, "Boodschappen"),
                                SupportRung.VRIJWILLIGERS, null, "Jan Hoving", null, "dagelijks", null, null, null, goal)
                                .withAssignee(volunteer),
                        new AgreementItem(null, "Huishoudelijke hulp", category(catalog, "Huishouden"),
                                SupportRung.PROFESSIONELE_ZORG, null, "Thuishulp Noord", "Thuishulp Noord",
                                "Wekelijks", today, null, FundingDomain.WMO, null)
                                .withEscalationReason("Geen vrijwilliger voor huishouden in Heideveen")),
                today, "Trijntje en Hendrik", today.plusMonths(3)));
        NeedService needs = context.getBean(NeedService.class);
        long needId = needs.record(clientId, new NeedData(category(catalog, "Vervoer"), "Naar de fysio in Veenwolde",
                "Wekelijks", null, Urgency.NORMAAL, NeedSource.CLIENT, false));
        context.getBean(MdoService.class).record(clientId, new MdoData(today, "Leefcoach, huisarts, Hendrik",
                "Thuis blijven met meer hulp", "Dagbesteding en thuiszorg"));
        long handTaskId = tasks.create(new nl.samenplan.task.NewTask(clientId, "Huisarts bellen over de val", null, today,
                "Vraag naar de uitslag"));
        var occurrences = tasks.clientTasks(clientId, PageRequest.of(0, 50)).getContent().stream()
                .filter(t -> t.status() == TaskStatus.OPEN && t.fromPlan()).toList();
        var done = occurrences.get(0);
        tasks.changeStatus(done.id(), done.version(), TaskStatus.GEDAAN, null, "Alles gehaald");
        var failed = occurrences.get(1);
        tasks.changeStatus(failed.id(), failed.version(), TaskStatus.LUKT_NIET, "Trijntje was niet thuis", null);
        WaitingListService waitingList = context.getBean(WaitingListService.class);
        long entryId = waitingList.putOn(clientId, new WaitingListData(today.minusDays(30),
                WaitingListType.VERPLEEGHUIS, WaitingUrgency.NORMAAL, today.minusDays(40), WaitingStatus.ACTIEF_WACHTEND),
                "Indicatie afgegeven");
        var entry = waitingList.current(clientId).orElseThrow();
        waitingList.leave(entryId, entry.version(), LeaveReason.BLIJFT_THUIS, today, "Blijft thuis met steun van Hendrik");
        return new Made(clientId, memberId, needId, handTaskId, done.id(), entryId);
    }

    /** Closes the file through the details form's service call. */
    void close(long clientId) {
        ClientService clients = context.getBean(ClientService.class);
        var details = clients.get(clientId);
        ClientData d = details.data();
        clients.update(clientId, details.version(), new ClientData(d.firstName(), d.lastName(), d.dateOfBirth(),
                d.address(), d.postcode(), d.village(), d.phone(), d.email(), ClientStatus.AFGESLOTEN,
                d.fundingDomains(), d.importantToMe(), d.callName()));
    }

    static long category(CatalogService catalog, String name) {
        return catalog.needCategories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }
}
