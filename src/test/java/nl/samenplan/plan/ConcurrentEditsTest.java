package nl.samenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientService;
import nl.samenplan.security.TeamService;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskStatus;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Many people at once on the real database, through the services, with real threads: plan writers
 * editing their own goals (different parts), one shared answer (the same part) and adding agreements,
 * district nurses ticking the same tasks and colleagues editing the same client records. Every change
 * that was accepted is in the database, every one that was not was reported to its writer, and nothing
 * else changed. Sizes: {@code -Dsamenplan.stress.writers} (50) and {@code -Dsamenplan.stress.edits} (40 in the normal run; the full size is 100).
 */
class ConcurrentEditsTest extends KaribuTest {

    private static final int WRITERS = Integer.getInteger("samenplan.stress.writers", 50);
    private static final int EDITS = Integer.getInteger("samenplan.stress.edits", 40);
    private static final int PLANS = 10;
    private static final int TICKERS = 4;
    private static final int TICKS = 100;
    private static final int TASKS = 20;
    private static final int CLIENT_EDITORS = 3;
    private static final int CLIENT_EDITS = 40;
    private static final String[] WRITER_ACCOUNTS = {"leefcoach", "dorpsregisseur", "wijkverpleegkundige"};

    @Autowired
    private ClientService clients;
    @Autowired
    private PlanService plans;
    @Autowired
    private PlanEditing editing;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private TaskService tasks;
    @Autowired
    private TeamService team;

    /** An accepted change: which plan, the revision it became, and what it set. */
    private record Accepted(long clientId, int revision, String part, String value) {
    }

    private final Queue accepted = new Queue();
    private final AtomicInteger attempted = new AtomicInteger();
    private final AtomicInteger merged = new AtomicInteger();
    private final AtomicInteger conflicts = new AtomicInteger();
    private final AtomicInteger otherRefusals = new AtomicInteger();
    private final ConcurrentHashMap<String, String> lastGoalText = new ConcurrentHashMap<>();

    private static final class Queue extends ConcurrentLinkedQueue<Accepted> {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void many_people_editing_the_same_plans_tasks_and_clients_lose_nothing() throws Exception {
        login("leefcoach");
        long category = catalog.needCategories().get(0).id();
        long area = catalog.lifeAreas().get(0).id();
        List<Long> planClients = new ArrayList<>();
        Map<Integer, String> goalKeyOfWriter = new ConcurrentHashMap<>();
        for (int p = 0; p < PLANS; p++) {
            long clientId = Fixtures.newClient(clients, "Tegelijk");
            planClients.add(clientId);
            List<PlanContent.GoalItem> goals = new ArrayList<>();
            for (int w = p; w < WRITERS; w += PLANS) {
                goals.add(new PlanContent.GoalItem("nieuw-" + w, area, "Doel van schrijver " + w));
            }
            PlanContent start = new PlanContent("Wat ik zelf kan", "Gedeeld begin", "Wat ik ga doen", Map.of(area, 5),
                    goals, List.of(), null, null, null);
            PlanContent saved = editing.save(clientId, 0, start).plan().content();
            for (PlanContent.GoalItem goal : saved.goals()) {
                int writer = Integer.parseInt(goal.text().substring("Doel van schrijver ".length()));
                goalKeyOfWriter.put(writer, goal.key());
                lastGoalText.put(goal.key(), goal.text());
            }
        }
        long nurse = team.colleagues().stream().filter(c -> c.displayName().equals("Fatma Yilmaz")).findFirst()
                .orElseThrow().id();
        List<Long> taskIds = new ArrayList<>();
        for (int t = 0; t < TASKS; t++) {
            taskIds.add(tasks.create(new nl.samenplan.task.NewTask(planClients.get(t % PLANS), "Taak " + t, nurse,
                    LocalDate.now(clock), null)));
        }
        Map<Long, Long> taskVersionAccepted = new ConcurrentHashMap<>();
        Map<Long, TaskStatus> taskStatusAccepted = new ConcurrentHashMap<>();
        Map<Long, Long> clientVersionAccepted = new ConcurrentHashMap<>();
        Map<Long, String> clientPhoneAccepted = new ConcurrentHashMap<>();
        AtomicInteger taskAttempts = new AtomicInteger();
        AtomicInteger taskRefused = new AtomicInteger();
        AtomicInteger clientAttempts = new AtomicInteger();
        AtomicInteger clientRefused = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + TICKERS + CLIENT_EDITORS);
        long started = System.nanoTime();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            pool.submit(as(WRITER_ACCOUNTS[w % WRITER_ACCOUNTS.length], unexpected, () -> writePlan(writer,
                    planClients.get(writer % PLANS), goalKeyOfWriter.get(writer), category)));
        }
        for (int t = 0; t < TICKERS; t++) {
            Random random = new Random(t);
            pool.submit(as("wijkverpleegkundige", unexpected, () -> {
                for (int i = 0; i < TICKS; i++) {
                    long taskId = taskIds.get(random.nextInt(taskIds.size()));
                    TaskStatus status = TaskStatus.values()[random.nextInt(3)];
                    var seen = tasks.task(taskId);
                    taskAttempts.incrementAndGet();
                    try {
                        var undo = tasks.changeStatus(taskId, seen.version(), status, null, null);
                        synchronized (taskVersionAccepted) {
                            if (undo.versionAfter() > taskVersionAccepted.getOrDefault(taskId, -1L)) {
                                taskVersionAccepted.put(taskId, undo.versionAfter());
                                taskStatusAccepted.put(taskId, status);
                            }
                        }
                    } catch (nl.samenplan.base.BusinessRuleException | org.springframework.dao.DataAccessException e) {
                        taskRefused.incrementAndGet();
                    }
                }
            }));
        }
        for (int c = 0; c < CLIENT_EDITORS; c++) {
            int editor = c;
            pool.submit(as("dorpsregisseur", unexpected, () -> {
                for (int i = 0; i < CLIENT_EDITS; i++) {
                    long clientId = planClients.get((editor + i) % PLANS);
                    var seen = clients.get(clientId);
                    String phone = "06 " + (10_000_000 + editor * 1_000 + i);
                    ClientData d = seen.data();
                    clientAttempts.incrementAndGet();
                    try {
                        var after = clients.update(clientId, seen.version(), new ClientData(d.firstName(), d.lastName(),
                                d.dateOfBirth(), d.address(), d.postcode(), d.village(), phone, d.email(), d.status(),
                                d.fundingDomains(), d.importantToMe(), d.callName()));
                        synchronized (clientVersionAccepted) {
                            if (after.version() > clientVersionAccepted.getOrDefault(clientId, -1L)) {
                                clientVersionAccepted.put(clientId, after.version());
                                clientPhoneAccepted.put(clientId, phone);
                            }
                        }
                    } catch (nl.samenplan.base.BusinessRuleException | org.springframework.dao.DataAccessException e) {
                        clientRefused.incrementAndGet();
                    }
                }
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).as("the hammering ends by itself").isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(unexpected).as("no writer met an error it was not told about in words").isEmpty();

        int lost = 0;
        for (long clientId : planClients) {
            PlanContent now = plans.plan(clientId).content();
            lost += lostIn(clientId, now);
            assertThat(now.answerCanDoSelf()).as("nobody changed it").isEqualTo("Wat ik zelf kan");
            assertThat(now.answerWillDo()).isEqualTo("Wat ik ga doen");
            assertThat(now.scores()).isEqualTo(Map.of(area, 5));
        }
        for (long taskId : taskIds) {
            if (taskStatusAccepted.containsKey(taskId)) {
                var row = tasks.task(taskId);
                lost += row.status() == taskStatusAccepted.get(taskId) && row.version() == taskVersionAccepted
                        .get(taskId) ? 0 : 1;
            }
        }
        for (var e : clientPhoneAccepted.entrySet()) {
            lost += e.getValue().equals(clients.get(e.getKey()).data().phone()) ? 0 : 1;
        }
        System.out.printf("Concurrent edits (%d writers x %d plan edits on %d plans, %d tickers x %d task updates,"
                + " %d client editors x %d edits) in %.1f s:%n", WRITERS, EDITS, PLANS, TICKERS, TICKS,
                CLIENT_EDITORS, CLIENT_EDITS, seconds);
        System.out.printf("  plan edits attempted %d, accepted %d (merged with others %d), conflicts reported %d,"
                + " other refusals reported %d%n", attempted.get(), accepted.size(), merged.get(), conflicts.get(),
                otherRefusals.get());
        System.out.printf("  task updates attempted %d, refused and reported %d; client edits attempted %d, refused"
                + " and reported %d%n", taskAttempts.get(), taskRefused.get(), clientAttempts.get(), clientRefused.get());
        System.out.printf("  lost %d%n", lost);
        assertThat(lost).isZero();
        assertThat(accepted.size() + conflicts.get() + otherRefusals.get()).as("every attempt accounted for")
                .isEqualTo(attempted.get());
        assertThat(merged.get()).as("different parts really merged").isPositive();
        assertThat(conflicts.get()).as("the same part really conflicted").isPositive();
    }

    /** One writer: mostly its own goal and the shared answer, now and then a new agreement. */
    private void writePlan(int writer, long clientId, String goalKey, long category) {
        Random random = new Random(writer);
        PlanService.PlanView base = plans.plan(clientId);
        for (int k = 0; k < EDITS; k++) {
            if (random.nextInt(4) == 0) {
                base = plans.plan(clientId); // now and then a fresh look, most edits on what was seen earlier
            }
            PlanContent seen = base.content();
            String value = "schrijver " + writer + " wijziging " + k;
            int kind = k % 10 == 9 ? 2 : random.nextInt(2);
            String part;
            PlanContent mine;
            if (kind == 0) {
                part = "goal:" + goalKey;
                mine = new PlanContent(seen.answerCanDoSelf(), seen.answerNeeds(), seen.answerWillDo(), seen.scores(),
                        seen.goals().stream().map(g -> g.key().equals(goalKey)
                                ? new PlanContent.GoalItem(g.key(), g.lifeAreaId(), value) : g).toList(),
                        seen.agreements(), seen.agreedOn(), seen.agreedWith(), seen.reviewDate());
            } else if (kind == 1) {
                part = "answerNeeds";
                mine = new PlanContent(seen.answerCanDoSelf(), value, seen.answerWillDo(), seen.scores(), seen.goals(),
                        seen.agreements(), seen.agreedOn(), seen.agreedWith(), seen.reviewDate());
            } else {
                part = "agreement";
                mine = seen.withAgreement(new PlanContent.AgreementItem("nieuw-" + writer + "-" + k, value, category,
                        SupportRung.ZELF, null, null, null, null, null, null, null, null));
            }
            attempted.incrementAndGet();
            int baseRevision = base.revisionNo();
            try {
                PlanEditing.Saved saved = editing.save(clientId, baseRevision, mine);
                accept(clientId, saved, part, value);
                base = saved.plan();
            } catch (PlanConflictException conflict) {
                conflicts.incrementAndGet();
                base = plans.plan(clientId);
                if (random.nextBoolean()) { // "Opslaan met deze keuzes": my version of the shared answer
                    attempted.incrementAndGet();
                    try {
                        PlanEditing.Saved saved = editing.save(clientId, baseRevision, mine,
                                Map.of("answerNeeds", PlanMerge.Choice.MINE), conflict.theirs().revisionNo());
                        accept(clientId, saved, part, value);
                        base = saved.plan();
                    } catch (PlanConflictException again) {
                        conflicts.incrementAndGet();
                    } catch (nl.samenplan.base.BusinessRuleException
                            | org.springframework.dao.DataAccessException refused) {
                        otherRefusals.incrementAndGet();
                    }
                }
            } catch (nl.samenplan.base.BusinessRuleException | org.springframework.dao.DataAccessException refused) {
                otherRefusals.incrementAndGet();
                base = plans.plan(clientId);
            }
        }
    }

    private void accept(long clientId, PlanEditing.Saved saved, String part, String value) {
        accepted.add(new Accepted(clientId, saved.plan().revisionNo(), part, value));
        if (saved.merged()) {
            merged.incrementAndGet();
        }
    }

    /** Accepted changes missing from the plan as it is now. */
    private int lostIn(long clientId, PlanContent now) {
        int lost = 0;
        List<Accepted> mine = accepted.stream().filter(a -> a.clientId() == clientId).toList();
        Accepted lastAnswer = mine.stream().filter(a -> a.part().equals("answerNeeds"))
                .max(java.util.Comparator.comparingInt(Accepted::revision)).orElse(null);
        if (lastAnswer != null && !lastAnswer.value().equals(now.answerNeeds())) {
            lost++;
        }
        Map<String, Accepted> lastGoal = new java.util.HashMap<>();
        mine.stream().filter(a -> a.part().startsWith("goal:")).forEach(a -> lastGoal.merge(a.part(), a,
                (x, y) -> x.revision() > y.revision() ? x : y));
        for (PlanContent.GoalItem goal : now.goals()) {
            Accepted last = lastGoal.get("goal:" + goal.key());
            String expected = last == null ? lastGoalText.get(goal.key()) : last.value();
            lost += expected.equals(goal.text()) ? 0 : 1;
        }
        Set<String> agreed = new java.util.HashSet<>(now.agreements().stream().map(PlanContent.AgreementItem::what)
                .toList());
        lost += (int) mine.stream().filter(a -> a.part().equals("agreement") && !agreed.contains(a.value())).count();
        int expectedAgreements = (int) mine.stream().filter(a -> a.part().equals("agreement")).count();
        if (lost > 0 || now.agreements().size() != expectedAgreements) {
            System.out.println("Plan of client " + clientId + ": accepted " + mine.stream()
                    .sorted(java.util.Comparator.comparingInt(Accepted::revision)).toList());
            plans.revisions(clientId, org.springframework.data.domain.PageRequest.of(0, 2000)).forEach(r ->
                    System.out.println("  revision " + r.revisionNo() + " by " + r.authorName() + ": " + r.summary()));
        }
        assertThat(now.agreements()).as("no agreement appeared that nobody added").hasSize(expectedAgreements);
        return lost;
    }

    private Runnable as(String username, ConcurrentLinkedQueue<Throwable> unexpected, Runnable work) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        return () -> {
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
            try {
                work.run();
            } catch (Throwable t) {
                unexpected.add(t);
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
    }
}
