package nl.samenplan.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import nl.samenplan.workflow.NeedData;
import nl.samenplan.workflow.NeedService;
import nl.samenplan.workflow.NeedSource;
import nl.samenplan.workflow.Urgency;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo team's clients, networks and plans, entered through the real services as the demo
 * leefcoach would, so that the history and the revisions are real too. Invented names only.
 */
@Component
@Profile("demo")
class DemoClients {

    private static final String[][] RESIDENTS = {
        // first name, last name, village, year of birth
        {"Aaltje", "Hoekstra", "Heideveen", "1938"}, {"Albert", "Schuiling", "Heideveen", "1941"},
        {"Berendina", "Lubbers", "Oosterzand", "1935"}, {"Cornelis", "Jonker", "Heideveen", "1946"},
        {"Dina", "Wolters", "Kloosterdijk", "1940"}, {"Egbert", "Mulderij", "Oosterzand", "1937"},
        {"Femmie", "Kuipers", "Heideveen", "1944"}, {"Geert", "Hadders", "Kloosterdijk", "1939"},
        {"Harmke", "Zwiers", "Heideveen", "1950"}, {"Hendrik", "Brouwer", "Oosterzand", "1933"},
        {"Ina", "Wieringa", "Heideveen", "1948"}, {"Jakob", "Scheper", "Kloosterdijk", "1942"},
        {"Janna", "Dijkstra", "Heideveen", "1936"}, {"Klaas", "Lanting", "Oosterzand", "1945"},
        {"Lammechien", "Pol", "Heideveen", "1934"}, {"Marten", "Veenstra", "Kloosterdijk", "1949"},
        {"Neeltje", "Boelens", "Heideveen", "1943"}, {"Otto", "Reinders", "Oosterzand", "1952"},
        {"Petronella", "Knol", "Heideveen", "1939"}, {"Roelof", "Hemmes", "Kloosterdijk", "1947"},
        {"Sientje", "Tiesing", "Heideveen", "1941"}, {"Teunis", "Wubbels", "Oosterzand", "1936"},
        {"Trijntje", "Nijboer", "Heideveen", "1951"}, {"Willem", "Eefting", "Kloosterdijk", "1938"},
        {"Wietske", "Bosma", "Heideveen", "1944"}, {"Yvonne", "Drenth", "Oosterzand", "1958"},
        {"Zwaantje", "Hilbolling", "Heideveen", "1932"}, {"Derk", "Steenbergen", "Heideveen", "1940"},
        {"Grada", "Bruins", "Kloosterdijk", "1946"}, {"Lucas", "Moesker", "Oosterzand", "1955"},
        {"Mina", "Timmer", "Heideveen", "1937"}, {"Freerk", "Jalving", "Heideveen", "1942"}};
    private static final ClientStatus[] STATUSES = {ClientStatus.ACTIEF, ClientStatus.ACTIEF, ClientStatus.AANGEMELD,
        ClientStatus.ACTIEF, ClientStatus.AFGESLOTEN};

    private final UserDetailsService users;
    private final ClientService clients;
    private final NetworkService network;
    private final PlanEditing plans;
    private final CatalogService catalog;
    private final NeedService needs;
    private final Clock clock;
    private final DemoTasks demoTasks;
    private final DemoVolunteers demoVolunteers;
    private final BurdenCheckInService checkIns;
    private final DemoHistory demoHistory;
    private final ConsentService consents;

    DemoClients(UserDetailsService users, ClientService clients, NetworkService network, PlanEditing plans,
            CatalogService catalog, NeedService needs, Clock clock, DemoTasks demoTasks,
            DemoVolunteers demoVolunteers, BurdenCheckInService checkIns, DemoHistory demoHistory,
            ConsentService consents) {
        this.consents = consents;
        this.demoHistory = demoHistory;
        this.demoTasks = demoTasks;
        this.demoVolunteers = demoVolunteers;
        this.checkIns = checkIns;
        this.needs = needs;
        this.users = users;
        this.clients = clients;
        this.network = network;
        this.plans = plans;
        this.catalog = catalog;
        this.clock = clock;
    }

    void load(String team, String otherTeam) {
        try {
            actAs("coordinator");
            Map<String, Long> register = demoVolunteers.load(LocalDate.now(clock));
            actAs("leefcoach");
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < RESIDENTS.length; i++) {
                String[] r = RESIDENTS[i];
                LocalDate born = LocalDate.of(Integer.parseInt(r[3]), 1 + (i * 5) % 12, 1 + (i * 7) % 28);
                ids.add(clients.create(new ClientData(r[0], r[1], born, "Dorpsstraat " + (3 + i * 2),
                        String.format("79%02d %s", 10 + i % 3, i % 2 == 0 ? "KH" : "LM"), r[2],
                        "0528-" + (260100 + i * 37), null, STATUSES[i % STATUSES.length],
                        i % 3 == 0 ? Set.of(FundingDomain.WMO, FundingDomain.ZVW) : Set.of(FundingDomain.WMO),
                        null, null)));
                if (STATUSES[i % STATUSES.length] != ClientStatus.AFGESLOTEN) { // a closed file takes no new consent
                    consents(ids.get(i), i);
                }
            }
            aaltjeHoekstra(ids.get(0));
            albertSchuiling(ids.get(1));
            berendinaLubbers(ids.get(2));
            actAs("wijkverpleegkundige");
            cornelisJonker(ids.get(3));
            actAs("leefcoach");
            needs.record(ids.get(2), new NeedData(ids(catalog.needCategories()).get("Vervoer"),
                    "Vervoer naar het ziekenhuis in Veenwolde", "Eens per maand", null, Urgency.NORMAAL,
                    NeedSource.MANTELZORGER, false));
            // Company in the evening for Egbert in Oosterzand: no volunteer there can take it now
            needs.record(ids.get(5), new NeedData(ids(catalog.needCategories()).get("Gezelschap"),
                    "Iemand die 's avonds even een kop koffie komt drinken", "di en do", null, Urgency.NORMAAL,
                    NeedSource.CLIENT, false));
            demoTasks.load(ids, register, this::actAs);
            actAs("leefcoach.zuiderpark");
            for (String[] r : new String[][] {{"Ahmed", "Bouzid", "1949"}, {"Bep", "van Dam", "1940"},
                    {"Corrie", "Visser", "1945"}}) {
                clients.create(new ClientData(r[0], r[1], LocalDate.of(Integer.parseInt(r[2]), 3, 14), null, null,
                        "Zuiderpark", null, null, ClientStatus.ACTIEF, Set.of(), null, null));
            }
            demoHistory.load(this::actAs);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * The consents of the first contact: every client gave the team consent, most of them the volunteers too.
     * Berendina did not want volunteers to know her data (so the refusal can be seen: her need for transport goes to
     * no volunteer); Cornelis also allowed his GP practice; Femmie's consent was given by her mentor. A closed file
     * has none recorded.
     */
    private void consents(long clientId, int index) {
        LocalDate given = LocalDate.now(clock).minusMonths(2).plusDays(index % 9);
        boolean mentor = index == 6;
        ConsentManner manner = mentor ? ConsentManner.VERTEGENWOORDIGER
                : index % 2 == 0 ? ConsentManner.SCHRIFTELIJK : ConsentManner.MONDELING;
        String representative = mentor ? "mr. H. Bakker (mentor)" : null;
        consents.record(clientId, new ConsentData(ConsentRecipient.TEAM, null, null, given, manner, representative));
        if (index != 2) {
            consents.record(clientId, new ConsentData(ConsentRecipient.VOLUNTEERS, null, null, given, manner,
                    representative));
        }
        if (index == 3) {
            consents.record(clientId, new ConsentData(ConsentRecipient.ORGANISATION, null,
                    "Huisartsenpraktijk Heideveen", given, ConsentManner.SCHRIFTELIJK, null));
        }
    }

    /** Active, with agreements on every rung of the ladder and a previous assessment behind the web. */
    private void aaltjeHoekstra(long clientId) {
        long jan = member(clientId, "Jan Hoekstra", Relation.PARTNER, "Doet de boodschappen en kookt",
                Set.of("Boodschappen", "Maaltijden"), "Elke dag", true, 8);
        long els = member(clientId, "Els Hoekstra", Relation.KIND, "Belt elke avond, komt op zaterdag",
                Set.of("Administratie", "Vervoer"), "Zaterdag", true, 5);
        caregiverCheckIns(jan, els);
        consents.record(clientId, ConsentData.forMember(els, LocalDate.now(clock).minusMonths(2),
                ConsentManner.MONDELING));
        long geert = member(clientId, "Geert Dijkman", Relation.BUUR, "Maait het gras",
                Set.of("Klussen", "Vervoer"), "Dinsdag en donderdag", false, null);
        Map<String, Long> areas = ids(catalog.lifeAreas());
        PlanContent first = new PlanContent("Ik kan mezelf nog wassen en aankleden, als ik de tijd neem.",
                "Ik wil niet alleen thuis zitten en mijn man moet het niet allemaal alleen doen.",
                "Ik ga weer naar de koffieochtend in het dorpshuis. Hulp bij vervoer naar het ziekenhuis.",
                scores(areas, 5, 4, 7, 3, 3, 6, 6, 3), List.of(), List.of(), null, null, null);
        plans.save(clientId, 0, first);
        String g1 = "nieuw-" + UUID.randomUUID();
        String g2 = "nieuw-" + UUID.randomUUID();
        Map<String, Long> categories = ids(catalog.needCategories());
        LocalDate today = LocalDate.now(clock);
        PlanContent second = new PlanContent(first.answerCanDoSelf(), first.answerNeeds(), first.answerWillDo(),
                scores(areas, 6, 5, 7, 5, 5, 6, 6, 4),
                List.of(new GoalItem(g1, areas.get("Sociaal netwerk"), "Ik wil weer onder de mensen komen."),
                        new GoalItem(g2, areas.get("Mantelzorg"), "Jan moet het vol kunnen houden.")),
                List.of(agreement("Zelf naar de koffieochtend, met de rollator", categories.get("Gezelschap"),
                                SupportRung.ZELF, null, null, null, "Woensdagochtend", g1),
                        agreement("Boodschappen voor de week", categories.get("Boodschappen"), SupportRung.EIGEN_NETWERK,
                                jan, null, null, "Wekelijks", g2),
                        agreement("Rijdt naar het ziekenhuis in Veenwolde", categories.get("Vervoer"),
                                SupportRung.VRIJWILLIGERS, null, "Gerrit (Heideveen Rijdt)", null, "Bij afspraken", g1),
                        agreement("Maaltijd aan huis", categories.get("Maaltijden"), SupportRung.ALGEMENE_VOORZIENINGEN,
                                null, "Maaltijdservice Heideveen Eet", null, "Ma, wo, vr", g2),
                        new AgreementItem(null, "Hulp bij douchen", categories.get("Persoonlijke verzorging"),
                                SupportRung.PROFESSIONELE_ZORG, null, "Fatma Yilmaz", "Thuiszorg De Linde",
                                "Di en vr", today.minusWeeks(3), null, FundingDomain.ZVW, g2)
                                .withEscalationReason("Jan is overbelast (8/10) en er is geen vrijwilliger voor "
                                        + "persoonlijke verzorging in Heideveen."),
                        agreement("Tuin bijhouden", categories.get("Klussen"), SupportRung.EIGEN_NETWERK, geert, null,
                                null, "Om de week", null)),
                today.minusWeeks(3), "Aaltje en Jan Hoekstra, dochter Els", today.plusMonths(3));
        plans.save(clientId, 1, second);
    }

    /** Active, and the plan's review date has passed. */
    private void albertSchuiling(long clientId) {
        long sister = member(clientId, "Riek Schuiling", Relation.ANDERS, "Zus, komt wekelijks op bezoek",
                Set.of("Gezelschap"), "Zondag", false, null);
        Map<String, Long> areas = ids(catalog.lifeAreas());
        Map<String, Long> categories = ids(catalog.needCategories());
        LocalDate today = LocalDate.now(clock);
        String goal = "nieuw-" + UUID.randomUUID();
        plans.save(clientId, 0, new PlanContent("Ik kook nog zelf, eenvoudig.", "Hulp met de post en de rekeningen.",
                "Ik ga naar de bewegingsgroep. Help me met de administratie.", scores(areas, 6, 6, 8, 4, 5, 5, 3, 8),
                List.of(new GoalItem(goal, areas.get("Financiën"), "Geen achterstand meer met de rekeningen.")),
                List.of(agreement("Samen de post doornemen", categories.get("Administratie"),
                                SupportRung.VRIJWILLIGERS, null, "Jan Hoving", null, "Wekelijks", goal),
                        agreement("Zondagsbezoek", categories.get("Gezelschap"), SupportRung.EIGEN_NETWERK, sister,
                                null, null, "Zondag", null),
                        new AgreementItem(null, "Huishoudelijke hulp", categories.get("Huishouden"),
                                SupportRung.PROFESSIONELE_ZORG, null, "Thuishulp Noord", "Thuishulp Noord",
                                "Eens per week", today.minusMonths(4), null, FundingDomain.WMO, null)
                                .withEscalationReason("Geen vrijwilliger of algemene voorziening voor huishouden in "
                                        + "Heideveen; zijn zus woont te ver weg.")
                                .withReviewDate(today.minusDays(2))),
                today.minusMonths(4), "Albert Schuiling", today.minusDays(5)));
    }

    /** New: the network is being asked about first; the plan has just begun, a ride is asked for. */
    private void berendinaLubbers(long clientId) {
        member(clientId, "Hennie Lubbers", Relation.KIND, "Woont in Groningen, belt dagelijks",
                Set.of("Administratie"), "Weekend", true, 6);
        plans.save(clientId, 0, new PlanContent(null, "Naar het ziekenhuis kan ik niet meer zelf rijden.", null,
                null, List.of(), List.of(), null, null, null));
    }

    /** A proposal of the district nurse for Wmo care, waiting for the leefcoach or the dorpsregisseur. */
    private void cornelisJonker(long clientId) {
        Map<String, Long> categories = ids(catalog.needCategories());
        plans.save(clientId, 0, new PlanContent("Ik loop nog met de rollator.", "Het huis schoon houden lukt niet meer.",
                "Ik doe zelf de afwas.", null, List.of(),
                List.of(new AgreementItem(null, "Huishoudelijke hulp", categories.get("Huishouden"),
                        SupportRung.PROFESSIONELE_ZORG, null, "Thuishulp Noord", "Thuishulp Noord", "Wekelijks",
                        null, null, FundingDomain.WMO, null)
                        .withEscalationReason("Geen vrijwilliger voor huishouden in Heideveen; de kinderen wonen ver.")),
                null, null, null));
    }

    /**
     * Jan's burden rises 4, 5, 8 (flagged: above the threshold and up by 3); Els's last check-in was 5 weeks ago,
     * so with every 4 weeks her next one is due.
     */
    private void caregiverCheckIns(long jan, long els) {
        LocalDate today = LocalDate.now(clock);
        checkIns.record(jan, new BurdenCheckInData(today.minusWeeks(10), 4, CheckInAnswer.JA, CheckInAnswer.SOMS,
                CheckInAnswer.SOMS, false, null, 4));
        checkIns.record(jan, new BurdenCheckInData(today.minusWeeks(6), 5, CheckInAnswer.SOMS, CheckInAnswer.SOMS,
                CheckInAnswer.SOMS, false, "Aaltje valt vaker, Jan slaapt slechter.", 4));
        checkIns.record(jan, new BurdenCheckInData(today.minusWeeks(2), 8, CheckInAnswer.NEE, CheckInAnswer.NEE,
                CheckInAnswer.JA, true, "Jan is moe en wil graag een keer praten over een dag per week rust.", 4));
        checkIns.record(els, new BurdenCheckInData(today.minusWeeks(5), 5, CheckInAnswer.JA, CheckInAnswer.SOMS,
                CheckInAnswer.SOMS, false, "Combineert het met haar werk; zaterdag lukt goed.", 4));
    }

    private long member(long clientId, String name, Relation relation, String doing, Set<String> canDo,
            String availability, boolean caregiver, Integer burden) {
        Map<String, Long> categories = ids(catalog.needCategories());
        Set<Long> categoryIds = new java.util.HashSet<>();
        canDo.forEach(c -> categoryIds.add(categories.get(c)));
        return network.add(clientId, new NetworkMemberData(name, relation, null, null, doing, categoryIds,
                availability, caregiver, burden)).id();
    }

    private static AgreementItem agreement(String what, Long category, SupportRung rung, Long member, String provider,
            String organisation, String frequency, String goalKey) {
        return new AgreementItem(null, what, category, rung, member, provider, organisation, frequency, null, null,
                null, goalKey);
    }

    private static Map<Long, Integer> scores(Map<String, Long> areas, int... values) {
        String[] order = {"Gezondheid", "Dagelijks functioneren", "Wonen", "Sociaal netwerk", "Meedoen", "Zingeving",
            "Financiën", "Mantelzorg"};
        Map<Long, Integer> scores = new HashMap<>();
        for (int i = 0; i < order.length; i++) {
            scores.put(areas.get(order[i]), values[i]);
        }
        return scores;
    }

    private static Map<String, Long> ids(List<CatalogService.Item> items) {
        Map<String, Long> ids = new HashMap<>();
        items.forEach(item -> ids.put(item.name(), item.id()));
        return ids;
    }

    private void actAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
