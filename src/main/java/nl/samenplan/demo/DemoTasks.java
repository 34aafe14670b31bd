package nl.samenplan.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.security.TeamService;
import nl.samenplan.task.TaskGeneration;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskService.TaskRow;
import nl.samenplan.task.TaskStatus;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo team's tasks: the district nurse Fatma Yilmaz has a round of care in several plans and the
 * volunteer Jan Hoving a few jobs; the team has been at it for some days, so some tasks are done, two
 * are overdue, and one did not work out and waits for the leefcoach as a signal.
 */
@Component
@Profile("demo")
class DemoTasks {

    private static final int DAYS_BEHIND = 3;

    private final PlanService plans;
    private final nl.samenplan.plan.PlanEditing editing;
    private final CatalogService catalog;
    private final TeamService team;
    private final TaskGeneration generation;
    private final TaskService tasks;
    private final Clock clock;
    private final Map<Long, AgreementItem> nursing = new java.util.LinkedHashMap<>();

    DemoTasks(PlanService plans, nl.samenplan.plan.PlanEditing editing, CatalogService catalog, TeamService team, TaskGeneration generation,
            TaskService tasks, Clock clock) {
        this.plans = plans;
        this.editing = editing;
        this.catalog = catalog;
        this.team = team;
        this.generation = generation;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Called as the leefcoach; {@code actAs} switches the demo user. */
    void load(List<Long> clientIds, Map<String, Long> register, Consumer<String> actAs) {
        long jan = register.get("Jan Hoving");
        Map<String, Long> people = team.colleagues().stream()
                .collect(Collectors.toMap(TeamService.Colleague::displayName, TeamService.Colleague::id));
        long nurse = people.get("Fatma Yilmaz");
        long volunteer = people.get("Jan Hoving");
        Map<String, Long> categories = catalog.needCategories().stream()
                .collect(Collectors.toMap(CatalogService.Item::name, CatalogService.Item::id));
        LocalDate today = LocalDate.now(clock);
        LocalDate started = today.minusDays(DAYS_BEHIND);

        // The existing plans: Aaltje's shower help is Fatma's, Albert's post is Jan's
        assign(clientIds.get(0), "Hulp bij douchen", nurse, null);
        assign(clientIds.get(1), "Samen de post doornemen", volunteer, jan);
        // Plans with the nurse's round and the volunteer's jobs
        List<Long> round = new ArrayList<>(List.of(clientIds.get(0), clientIds.get(1)));
        round.add(plan(clientIds.get(5), "Ik wil zo lang mogelijk thuis blijven.", started,
                care("Steunkousen aan- en uittrekken", categories.get("Persoonlijke verzorging"), "dagelijks", started,
                        nurse)));
        round.add(plan(clientIds.get(6), "Mijn been moet genezen, dan kan ik weer naar de markt.", started,
                care("Wondzorg onderbeen", categories.get("Wondzorg"), "ma, wo en vr", started, nurse)));
        round.add(plan(clientIds.get(8), "Ik vergeet mijn pillen weleens.", started,
                care("Medicatie uitzetten in de weekdoos", categories.get("Medicatie toedienen"), "wekelijks",
                        started.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), nurse),
                help("Boodschappen doen met Harmke", categories.get("Boodschappen"), "do", volunteer, jan)));
        round.add(plan(clientIds.get(11), "Ik wil weer buiten komen.", started,
                help("Samen wandelen in het bos", categories.get("Bewegen"), "za", volunteer, jan),
                help("Lamp in de gang vervangen", categories.get("Klussen"), "", volunteer, jan),
                // Kees has no login: the leefcoach follows his weekly job; it fills his weekly maximum
                new AgreementItem(null, "Schuurdeur en hek nalopen", categories.get("Klussen"),
                        SupportRung.VRIJWILLIGERS, null, "Kees de Wit", null, "za", null, null, null, null)
                        .withVolunteer(register.get("Kees de Wit"))));
        // The nurse indicates her own care (Zvw) in the leefcoach's plans
        actAs.accept("wijkverpleegkundige");
        nursing.forEach((clientId, item) -> editing.addAgreement(clientId, item));
        // The team has been working for a few days already
        round.forEach(id -> generation.syncClient(id, started));

        List<TaskRow> overdue = tasks.myTasks().stream().filter(t -> t.due().isBefore(today)).toList();
        boolean signalled = false;
        for (int i = 0; i < overdue.size() - 2; i++) {
            TaskRow t = overdue.get(i);
            if (!signalled && t.what().startsWith("Wondzorg")) {
                tasks.changeStatus(t.id(), t.version(), TaskStatus.LUKT_NIET,
                        "Femmie was niet thuis; de buurvrouw zegt dat ze naar haar dochter is.", null);
                signalled = true;
            } else {
                tasks.changeStatus(t.id(), t.version(), TaskStatus.GEDAAN, null, null);
            }
        }
        actAs.accept("leefcoach");
    }

    private void assign(long clientId, String what, long userId, Long volunteerId) {
        PlanService.PlanView view = plans.plan(clientId);
        PlanContent c = view.content();
        List<AgreementItem> agreements = c.agreements().stream()
                .map(a -> a.what().equals(what) ? a.withAssignee(userId).withVolunteer(volunteerId) : a).toList();
        editing.save(clientId, view.revisionNo(), new PlanContent(c.answerCanDoSelf(), c.answerNeeds(),
                c.answerWillDo(), c.scores(), c.goals(), agreements, c.agreedOn(), c.agreedWith(), c.reviewDate()));
    }

    /** A plan by the leefcoach; the nurse's care in it is indicated by the nurse herself. */
    private long plan(long clientId, String wish, LocalDate agreedOn, AgreementItem... items) {
        List<AgreementItem> informal = List.of(items).stream().filter(a -> !a.rung().isProfessional()).toList();
        List.of(items).stream().filter(a -> a.rung().isProfessional()).forEach(a -> nursing.put(clientId, a));
        editing.save(clientId, 0, new PlanContent(null, wish, null, null, List.of(), informal, agreedOn, null,
                agreedOn.plusMonths(6)));
        return clientId;
    }

    private static AgreementItem care(String what, Long category, String frequency, LocalDate start, long nurse) {
        return new AgreementItem(null, what, category, SupportRung.PROFESSIONELE_ZORG, null, "Fatma Yilmaz",
                "Thuiszorg De Linde", frequency, start, null, FundingDomain.ZVW, null)
                .withEscalationReason("Verpleegkundige zorg; de partner en de buren kunnen dit niet overnemen.")
                .withAssignee(nurse);
    }

    private static AgreementItem help(String what, Long category, String frequency, long login, long volunteerId) {
        return new AgreementItem(null, what, category, SupportRung.VRIJWILLIGERS, null, "Jan Hoving", null,
                frequency, null, null, null, null).withAssignee(login).withVolunteer(volunteerId);
    }
}
