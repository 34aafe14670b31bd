package nl.samenplan.testsupport;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ConsentData;
import nl.samenplan.client.ConsentManner;
import nl.samenplan.client.ConsentRecipient;
import nl.samenplan.client.ConsentService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.Relation;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.security.Role;
import nl.samenplan.security.UserAdminService;
import nl.samenplan.task.NewTask;
import nl.samenplan.task.TaskService;
import nl.samenplan.volunteer.VolunteerData;
import nl.samenplan.volunteer.VolunteerService;
import nl.samenplan.volunteer.VolunteerStatus;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One record of every kind in the demo's second team (Buurtteam Zuiderpark), made once through the services by that
 * team's own people: a client with consent, a network member, a plan (version 1) with an agreement, a task, a need,
 * an MDO, a waiting-list period and a volunteer of the team's register. Every demo account but
 * leefcoach.zuiderpark works in the village team or in none, so to them these are another team's records.
 */
public final class OtherTeam {

    public static final String TEAM = "Buurtteam Zuiderpark";
    public static final String LEEFCOACH = "leefcoach.zuiderpark";
    public static final String COORDINATOR = "coordinator.zuiderpark";
    private static final String LAST_NAME = "Anderteam";

    /** The ids of the other team's records. */
    public record Records(long client, long consent, long member, long agreement, long task, long need, long mdo,
            long waitingPeriod, long volunteer) {
    }

    private OtherTeam() {
    }

    /** The other team's records, made on the first call (the demo database lives as long as the test run). */
    public static synchronized Records records(ApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        List<Long> existing = jdbc.queryForList("select c.id from client c join team t on t.id = c.team_id "
                + "where t.name = ? and c.last_name = ? order by c.id", Long.class, TEAM, LAST_NAME);
        if (jdbc.queryForObject("select count(*) from volunteer v join team t on t.id = v.team_id where t.name = ?",
                Integer.class, TEAM) == 0) {
            makeVolunteer(context, jdbc);
        }
        if (existing.isEmpty()) {
            make(context, jdbc);
            existing = jdbc.queryForList("select c.id from client c join team t on t.id = c.team_id "
                    + "where t.name = ? and c.last_name = ? order by c.id", Long.class, TEAM, LAST_NAME);
        }
        long client = existing.get(0);
        return new Records(client, one(jdbc, "select min(id) from client_consent where client_id = ?", client),
                one(jdbc, "select min(id) from network_member where client_id = ?", client),
                one(jdbc, "select min(a.id) from agreement a join plan p on p.id = a.plan_id where p.client_id = ?",
                        client),
                one(jdbc, "select min(id) from task where client_id = ?", client),
                one(jdbc, "select min(id) from need where client_id = ?", client),
                one(jdbc, "select min(id) from mdo where client_id = ?", client),
                one(jdbc, "select min(id) from waiting_list_entry where client_id = ?", client),
                one(jdbc, "select min(v.id) from volunteer v join team t on t.id = v.team_id where t.name = ?", TEAM));
    }

    private static long one(JdbcTemplate jdbc, String sql, Object arg) {
        Long id = jdbc.queryForObject(sql, Long.class, arg);
        if (id == null) {
            throw new IllegalStateException("The other team's fixture lacks: " + sql);
        }
        return id;
    }

    private static void make(ApplicationContext context, JdbcTemplate jdbc) {
        AnotherUser people = new AnotherUser(context.getBean(org.springframework.security.core.userdetails
                .UserDetailsService.class));
        long teamId = jdbc.queryForObject("select id from team where name = ?", Long.class, TEAM);
        LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
        people.does(LEEFCOACH, () -> {
            ClientService clients = context.getBean(ClientService.class);
            long client = clients.create(new nl.samenplan.client.ClientData("Other", LAST_NAME,
                    LocalDate.of(1944, 2, 9), "Parklaan 4", "7901 AB", "Zuiderpark", null, null,
                    nl.samenplan.client.ClientStatus.ACTIEF, Set.of(), null, null));
            ConsentService consents = context.getBean(ConsentService.class);
            consents.record(client, ConsentData.of(ConsentRecipient.TEAM, today, ConsentManner.MONDELING));
            consents.record(client, ConsentData.of(ConsentRecipient.VOLUNTEERS, today, ConsentManner.MONDELING));
            long member = Fixtures.member(context.getBean(NetworkService.class), client, "Olga Anderteam",
                    Relation.KIND, true, 4, Set.of());
            Map<String, Long> categories = ids(context.getBean(CatalogService.class).needCategories());
            context.getBean(PlanEditing.class).save(client, 0, new PlanContent("Ik kook zelf.", "Boodschappen.",
                    "Ik bel mijn dochter.", null, List.of(), List.of(new AgreementItem(null, "Boodschappen",
                            categories.get("Boodschappen"), SupportRung.EIGEN_NETWERK, member, null, null,
                            "Wekelijks", null, null, null, null)), null, null, null));
            context.getBean(TaskService.class).create(new NewTask(client, "Even bellen", null, today.plusDays(2),
                    null));
            context.getBean(NeedService.class).record(client, new NeedData(categories.get("Vervoer"),
                    "Vervoer naar de huisarts", "Eens per maand", null, Urgency.NORMAAL, NeedSource.CLIENT, false));
            context.getBean(MdoService.class).record(client, new MdoData(today.minusDays(3), "Leefcoach, huisarts",
                    "Thuis blijven wonen met hulp", "Dagbesteding"));
            context.getBean(WaitingListService.class).putOn(client, new WaitingListData(today.minusDays(1),
                    WaitingListType.ANDERS, WaitingUrgency.NORMAAL, null, WaitingStatus.WENSWACHTEND), null);
        });
    }

    private static void makeVolunteer(ApplicationContext context, JdbcTemplate jdbc) {
        AnotherUser people = new AnotherUser(context.getBean(org.springframework.security.core.userdetails
                .UserDetailsService.class));
        long teamId = jdbc.queryForObject("select id from team where name = ?", Long.class, TEAM);
        LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
        UserAdminService admin = context.getBean(UserAdminService.class);
        if (jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, COORDINATOR) == 0) {
            people.does("beheerder", () -> admin.createUser(new UserAdminService.NewUser(COORDINATOR,
                    "Noor Zuiderpark", Role.VRIJWILLIGERSCOORDINATOR, teamId, null)));
        }
        people.does(COORDINATOR, () -> {
            long transport = ids(context.getBean(CatalogService.class).needCategories()).get("Vervoer");
            context.getBean(VolunteerService.class).create(new VolunteerData("Piet Anderteam", null, null,
                    "Zuiderpark", Set.of(transport), Set.of(), 2, today.minusMonths(1), VolunteerStatus.ACTIEF, null,
                    false, null, null));
        });
    }

    private static Map<String, Long> ids(List<CatalogService.Item> items) {
        return items.stream().collect(java.util.stream.Collectors.toMap(CatalogService.Item::name,
                CatalogService.Item::id));
    }
}
