package nl.samenplan.demo;

import nl.samenplan.client.ConsentData;
import nl.samenplan.client.ConsentManner;
import nl.samenplan.client.ConsentRecipient;
import nl.samenplan.client.ConsentService;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.demo.DemoNeeds.Need;
import static nl.samenplan.demo.DemoHistoryCast.DIED;
import static nl.samenplan.demo.DemoHistoryCast.NEIGHBOURS;
import static nl.samenplan.demo.DemoHistoryCast.OVERBURDENED;
import static nl.samenplan.demo.DemoHistoryCast.RELATIVES;
import static nl.samenplan.demo.DemoHistoryCast.RESIDENTS;
import static nl.samenplan.demo.DemoHistoryCast.STREETS;
import static nl.samenplan.demo.DemoHistoryCast.periods;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.demo.DemoHistoryCast.Change;
import nl.samenplan.demo.DemoHistoryCast.Period;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.client.NetworkMemberData;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.Relation;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.waitinglist.LeaveReason;
import nl.samenplan.waitinglist.WaitingListData;
import nl.samenplan.waitinglist.WaitingListService;
import nl.samenplan.waitinglist.WaitingStatus;
import nl.samenplan.waitinglist.WaitingUrgency;
import nl.samenplan.workflow.LadderRouting;
import nl.samenplan.workflow.NeedData;
import nl.samenplan.workflow.NeedService;
import nl.samenplan.workflow.NeedSource;
import nl.samenplan.workflow.Proposal;
import nl.samenplan.workflow.Urgency;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Two years of history of the demo team, so that the manager's dashboard tells a story at first start:
 * forty more clients in Heideveen, Oosterzand and Kloosterdijk; some thirty periods on the nursing-home
 * waiting list, which grows in the first months and then shrinks as the support lets people stay at
 * home; needs met on ever lower rungs of the ladder; professional care, some of it for a while only.
 *
 * <p>Everything is entered through the real services as the leefcoach would, in the order it happened.
 * The services stamp the current time, so at the end {@link DemoBackdating} makes the demo pretend it all
 * happened on the days of the story. Invented names only; a fixed seed tells the same story on every
 * fresh start. Never in production.
 */
@Component
@Profile("demo")
class DemoHistory {

    /** How far back the story goes: day 0 is two years ago, day {@value} is today. */
    static final int DAYS = 730;
    private static final long SEED = 20_240_601L;

    private final ClientService clients;
    private final NetworkService network;
    private final PlanService plans;
    private final PlanEditing editing;
    private final CatalogService catalog;
    private final NeedService needs;
    private final LadderRouting routing;
    private final WaitingListService waitingList;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ConsentService consents;
    private final DemoEndings endings;

    @PersistenceContext
    private EntityManager entityManager;

    /** The story's moments, to make the demo pretend it all happened on the days of the story. */
    private DemoBackdating backdating;
    private final Map<String, Integer> volunteersInForce = new HashMap<>();
    private Map<String, Long> categories;
    private LocalDate day0;
    private LocalDate today;
    private int overdueReviews;

    DemoHistory(ClientService clients, NetworkService network, PlanService plans, PlanEditing editing, CatalogService catalog,
            NeedService needs, LadderRouting routing, WaitingListService waitingList, JdbcTemplate jdbc,
            Clock clock, ConsentService consents) {
        this.consents = consents;
        this.clients = clients;
        this.network = network;
        this.plans = plans;
        this.editing = editing;
        this.catalog = catalog;
        this.needs = needs;
        this.routing = routing;
        this.waitingList = waitingList;
        this.jdbc = jdbc;
        this.clock = clock;
        this.endings = new DemoEndings(plans, editing, clients);
    }

    /** Called after the other demo data, in the loader's transaction; {@code actAs} switches the demo user. */
    void load(Consumer<String> actAs) {
        long started = System.nanoTime();
        actAs.accept("leefcoach");
        today = LocalDate.now(clock);
        day0 = today.minusDays(DAYS);
        backdating = new DemoBackdating(jdbc, clock, entityManager);
        categories = catalog.needCategories().stream()
                .collect(Collectors.toMap(CatalogService.Item::name, CatalogService.Item::id));
        Random random = new Random(SEED);
        Map<Integer, List<Period>> periods = periods().stream().collect(Collectors.groupingBy(Period::client));
        for (int i = 0; i < RESIDENTS.length; i++) {
            new Story(i, periods.getOrDefault(i, List.of()), random).tell();
            // The whole demo load is one transaction: keep its persistence context small, or every query slows down
            entityManager.flush();
            entityManager.clear();
        }
        backdating.apply(today);
        LoggerFactory.getLogger(DemoHistory.class).info("Demo history: {} clients, {} moments over {} days, in {} ms",
                RESIDENTS.length, backdating.moments(), DAYS, (System.nanoTime() - started) / 1_000_000);
    }

    // ---------------------------------------------------------------------------------------------------------
    // One client's story

    /** A moment of the story: a day, and what the leefcoach did then. */
    private record Step(int day, int order, Runnable action) {
    }

    private final class Story {

        private final int index;
        private final String[] resident;
        private final List<Period> periods;
        private final Random random;
        private final List<Step> steps = new ArrayList<>();
        private final int arrival;
        private final Integer closedOn;
        private final List<long[]> members = new ArrayList<>(); // {id, category ids...}
        private final Set<Long> overburdened = new HashSet<>();
        private long clientId;

        Story(int index, List<Period> periods, Random random) {
            this.index = index;
            this.resident = RESIDENTS[index];
            this.periods = periods;
            this.random = random;
            int firstPlaced = periods.stream().mapToInt(Period::placed).min().orElse(-1);
            this.arrival = firstPlaced >= 0 ? Math.max(0, firstPlaced - random.nextInt(40))
                    : 20 + (index * 97 + random.nextInt(60)) % 660;
            Period last = periods.stream().max(Comparator.comparingInt(Period::placed)).orElse(null);
            if (last != null && last.reason() != null && last.reason() != LeaveReason.BLIJFT_THUIS
                    && last.reason() != LeaveReason.NIET_MEER_NODIG) {
                closedOn = last.left();
            } else {
                closedOn = DIED.get(index);
            }
        }

        void tell() {
            at(arrival, this::start);
            periods.forEach(this::waitingList);
            int end = closedOn == null ? DAYS : closedOn;
            int span = end - arrival;
            int count = Math.max(1, Math.min(3, 1 + span / 300 + random.nextInt(2)));
            for (int j = 0; j < count; j++) {
                int day = arrival + 3 + random.nextInt(12) + j * Math.max(1, span / count);
                if (day < end - 2 && day <= DAYS - 3) {
                    need(day, end);
                }
            }
            professionalCare(end);
            if (closedOn != null) {
                at(closedOn, this::close);
            }
            steps.sort(Comparator.comparingInt(Step::day).thenComparingInt(Step::order));
            for (Step step : steps) {
                backdating.mark(date(step.day()), step.order());
                step.action().run();
            }
        }

        private void at(int day, Runnable action) {
            steps.add(new Step(Math.min(day, DAYS), steps.size(), action));
        }

        /** The first contact: the client, the network, the start of the plan. */
        private void start() {
            String village = resident[2];
            int number = 2 + (index * 7) % 60;
            LocalDate born = LocalDate.of(Integer.parseInt(resident[3]), 1 + (index * 7) % 12, 1 + (index * 11) % 28);
            clientId = clients.create(new ClientData(resident[0], resident[1], born,
                    STREETS[index % STREETS.length] + " " + number,
                    String.format("79%02d %s", 20 + index % 4, index % 2 == 0 ? "RA" : "TE"), village,
                    "0528-" + (270200 + index * 53), null,
                    arrival > DAYS - 30 ? ClientStatus.AANGEMELD : ClientStatus.ACTIEF,
                    index % 3 == 1 ? Set.of(FundingDomain.WMO, FundingDomain.ZVW) : Set.of(FundingDomain.WMO),
                    null, null));
            for (var kind : List.of(ConsentRecipient.TEAM, ConsentRecipient.VOLUNTEERS)) { // the first talk
                consents.record(clientId, ConsentData.of(kind, date(arrival),
                        index % 2 == 0 ? ConsentManner.SCHRIFTELIJK : ConsentManner.MONDELING));
            }
            boolean partner = index % 3 == 0;
            String relative = RELATIVES[index % RELATIVES.length] + " " + resident[1];
            int burden = OVERBURDENED.contains(index) ? 8 + index % 2 : 3 + random.nextInt(4);
            member(relative, partner ? Relation.PARTNER : Relation.KIND,
                    partner ? "Woont samen met " + resident[0] + " en doet veel in huis" : "Komt in het weekend langs",
                    partner ? List.of("Boodschappen", "Maaltijden", "Gezelschap") : List.of("Administratie", "Vervoer"),
                    true, burden);
            if (random.nextInt(10) < 6) {
                member(NEIGHBOURS[index % NEIGHBOURS.length], index % 2 == 0 ? Relation.BUUR : Relation.VRIEND,
                        "Kijkt af en toe even binnen", List.of("Klussen", "Gezelschap", "Vervoer"), false, null);
            }
            LocalDate agreed = date(arrival);
            editing.save(clientId, 0, new PlanContent(null, "Ik wil zo lang mogelijk in " + village + " blijven wonen.",
                    null, null, List.of(), List.of(), agreed, resident[0] + " " + resident[1],
                    closedOn == null ? today.plusDays(20 + random.nextInt(130)) : agreed.plusMonths(6)));
        }

        private void member(String name, Relation relation, String doing, List<String> canDo, boolean caregiver,
                Integer burden) {
            Set<Long> ids = canDo.stream().map(categories::get).collect(Collectors.toSet());
            long id = network.add(clientId, new NetworkMemberData(name, relation, null, null, doing, ids,
                    "In overleg", caregiver, burden)).id();
            if (burden != null && burden >= 7) {
                overburdened.add(id);
            }
            long[] row = new long[ids.size() + 1];
            row[0] = id;
            int k = 1;
            for (long c : ids) {
                row[k++] = c;
            }
            members.add(row);
        }

        private void waitingList(Period p) {
            at(p.placed(), () -> waitingList.putOn(clientId, new WaitingListData(date(p.placed()), p.type(),
                    p.urgent() ? WaitingUrgency.URGENT : WaitingUrgency.NORMAAL,
                    date(p.placed()).minusDays(7 + random.nextInt(30)), WaitingStatus.ACTIEF_WACHTEND),
                    p.urgent() ? "Indicatie met spoed; thuis niet langer veilig" : "Wlz-indicatie afgegeven"));
            for (Change c : p.changes()) {
                at(c.day(), () -> {
                    var entry = waitingList.current(clientId).orElseThrow();
                    waitingList.changeStatus(entry.id(), entry.version(), c.status(), date(c.day()), c.note());
                });
            }
            if (p.left() >= 0) {
                at(p.left(), () -> {
                    var entry = waitingList.current(clientId).orElseThrow();
                    waitingList.leave(entry.id(), entry.version(), p.reason(), date(p.left()),
                            DemoHistoryCast.leaveNote(p.reason()));
                });
            }
        }

        /** A need on a day, met on a rung that is lower the later it is in the story. */
        private void need(int day, int end) {
            double x = day / (double) DAYS;
            double r = random.nextDouble();
            SupportRung want = r < 0.12 + 0.10 * x ? SupportRung.ZELF
                    : r < 0.45 + 0.17 * x ? SupportRung.EIGEN_NETWERK
                    : r < 0.65 + 0.17 * x ? SupportRung.VRIJWILLIGERS
                    : SupportRung.ALGEMENE_VOORZIENINGEN;
            int wait = want.level() <= 1 ? 1 + random.nextInt(6) : 4 + random.nextInt(15);
            int met = Math.min(Math.min(day + (int) Math.round(wait * (1.0 - 0.5 * x)), end), DAYS);
            int lasts = 30 + random.nextInt(240);
            boolean ends = random.nextInt(10) < (want == SupportRung.VRIJWILLIGERS ? 6 : 2);
            int pick = random.nextInt(100);
            int source = random.nextInt(NeedSource.values().length);
            int endsOn = met + lasts;
            boolean ending = ends && endsOn < end && endsOn <= DAYS - 8;
            Object[] recorded = new Object[3]; // once recorded: the need's id, the proposal to accept, what was asked
            at(day, () -> record(day, met, want, pick, source, ending, recorded));
            // The team met it some days later (or the same day): its own moment in the story
            at(met, () -> meet(recorded));
            if (ending) {
                at(endsOn, () -> end(a -> a.what().equals(recorded[2]) && date(met).equals(a.startDate()),
                        date(endsOn)));
            }
        }

        private void record(int day, int met, SupportRung want, int pick, int source, boolean ending,
                Object[] recorded) {
            Need need = choose(want, pick);
            if (proposal(need, ending).isEmpty()) {
                need = choose(SupportRung.ALGEMENE_VOORZIENINGEN, 1); // a coffee morning is always there
            }
            Proposal chosen = proposal(need, ending).orElseThrow();
            if (chosen.rung() == SupportRung.VRIJWILLIGERS && !ending) {
                volunteersInForce.merge(chosen.candidateName(), 1, Integer::sum);
            }
            recorded[0] = needs.record(clientId, new NeedData(need.category(), need.what(), need.frequency(),
                    date(met), day % 5 == 0 ? Urgency.HOOG : Urgency.NORMAAL, NeedSource.values()[source],
                    need.self()));
            recorded[1] = chosen;
            recorded[2] = need.what();
        }

        /**
         * Accepts the proposal chosen when the need was recorded (the story kept the volunteer's room for it);
         * should the volunteer be full after all, the lowest other informal proposal.
         */
        private void meet(Object[] recorded) {
            long needId = (Long) recorded[0];
            Proposal chosen = (Proposal) recorded[1];
            if (chosen.rung() == SupportRung.VRIJWILLIGERS) {
                List<Proposal> now = needs.route(needId).proposals();
                if (!now.contains(chosen)) {
                    chosen = now.stream().filter(p -> !p.rung().isProfessional()
                                    && !DemoNeeds.NOT_IN_THE_STORY.contains(p.candidateName())).findFirst()
                            .orElseThrow(() -> new IllegalStateException("Demo history: no informal help left"));
                }
            }
            needs.accept(needId, chosen);
        }

        private Optional<Proposal> proposal(Need need, boolean ending) {
            return routing.route(clientId, need.category(), need.self(), need.frequency()).proposals().stream()
                    .filter(p -> DemoNeeds.acceptable(p, need, ending, overburdened, volunteersInForce)).findFirst();
        }

        /** What is asked for on a rung; frequencies the task planner cannot read make no tasks for the team. */
        private Need choose(SupportRung rung, int pick) {
            return DemoNeeds.choose(rung, pick, resident[2], categories, members, overburdened);
        }

        /** Professional care, indicated at once by the leefcoach: more often early in the story. */
        private void professionalCare(int end) {
            double x = arrival / (double) DAYS;
            int times = (random.nextDouble() < 0.8 - 0.4 * x ? 1 : 0) + (random.nextDouble() < 0.35 - 0.25 * x ? 1 : 0);
            for (int k = 0; k < times; k++) {
                int day = arrival + 5 + random.nextInt(40) + k * 120;
                if (day >= end - 2 || day > DAYS - 3) {
                    continue;
                }
                String[] c = DemoNeeds.PROFESSIONAL_CARE[random.nextInt(DemoNeeds.PROFESSIONAL_CARE.length)];
                // Care for a while only (after a fall, until the network took over) is agreed with its end date
                boolean temporary = c[0].equals("Wondzorg") || random.nextInt(10) < 3;
                int endsOn = day + (c[0].equals("Wondzorg") ? 30 + random.nextInt(60) : 90 + random.nextInt(200));
                boolean ending = temporary && endsOn < end && endsOn <= DAYS - 8;
                int overdue = 3 + random.nextInt(40);
                int ahead = 14 + random.nextInt(70);
                at(day, () -> {
                    LocalDate start = date(day);
                    LocalDate review = start.plusMonths(6);
                    boolean inForceToday = !ending && closedOn == null;
                    if (inForceToday && !review.isAfter(today)) {
                        // Reviewed and continued since; a few are overdue now and wait on the leefcoach's list
                        review = overdueReviews++ < 3 ? today.minusDays(overdue) : today.plusDays(ahead);
                    }
                    editing.addAgreement(clientId, new AgreementItem(null, c[1], categories.get(c[0]),
                            SupportRung.PROFESSIONELE_ZORG, null, c[2], c[2], c[4], start, ending ? date(endsOn) : null,
                            FundingDomain.valueOf(c[3]), null)
                            .withEscalationReason("Niemand in het netwerk of bij de vrijwilligers kan dit; "
                                    + "geen algemene voorziening in " + resident[2] + ".")
                            .withReviewDate(review));
                });
            }
        }

        /** Agreements that ended: the plan keeps them with their end date. */
        private void end(java.util.function.Predicate<AgreementItem> which, LocalDate on) {
            endings.end(clientId, which, on, closedOn != null && on.equals(date(closedOn)));
        }

        /** Admitted, died or moved: every agreement ends that day and the file is closed. */
        private void close() {
            endings.close(clientId, date(closedOn));
        }
    }

    private LocalDate date(int day) {
        return day0.plusDays(Math.min(day, DAYS));
    }

}
