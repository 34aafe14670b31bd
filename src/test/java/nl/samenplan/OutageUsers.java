package nl.samenplan;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The simulated users of {@link DatabaseOutageRecoveryTest}: each works as a real user through the services (their
 * own Spring Security context on their own thread), one action after another with a short pause, and records every
 * action with its time and what the caller got back. Each keeps what it believes is saved: after a failure it reads
 * again (until that succeeds) and finds out whether the failed action left nothing, or was in fact saved whole.
 */
final class OutageUsers {

    /** One call of a user: what, when (nanoTime), and the exception the caller got, if any. */
    record Action(String user, String what, long started, long ended, Throwable error) {

        boolean failed() {
            return error != null;
        }

        double seconds() {
            return (ended - started) / 1e9;
        }
    }

    /** A user working until told to stop. */
    abstract static class User implements Runnable {

        final String name;
        private final UserDetails account;
        private final ConcurrentLinkedQueue<Action> actions;
        private final BooleanSupplier working;
        final Random random;
        /** Actions reported as failed whose change the database holds whole (the answer to a commit was lost). */
        int savedThoughReportedFailed;
        /** The last failed change's exception, and of each change saved though reported failed, what was said. */
        Throwable lastError;
        final List<String> savedThoughReportedFailedErrors = new java.util.ArrayList<>();
        /** What the user found that cannot be: a change half-saved, or a state nobody made. */
        final List<String> anomalies = new java.util.ArrayList<>();

        User(String name, UserDetails account, ConcurrentLinkedQueue<Action> actions, BooleanSupplier working,
                long seed) {
            this.name = name;
            this.account = account;
            this.actions = actions;
            this.working = working;
            this.random = new Random(seed);
        }

        /** The exception chain of a failed change, in short. */
        static String firstOf(Throwable error) {
            return nl.samenplan.base.ErrorMessages.chain(error).stream()
                    .map(t -> t.getClass().getSimpleName() + ": " + t.getMessage()).toList().toString();
        }

        @Override
        public void run() {
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(account, null, account.getAuthorities()));
            try {
                boolean lastFailed = false;
                while (working.getAsBoolean()) {
                    if (lastFailed) {
                        lastFailed = !act("lezen", this::findOut);
                    } else {
                        lastFailed = !act("opslaan", this::change);
                    }
                    pause();
                }
                while (lastFailed) { // the last change failed: find out what it left, as the user would on reload
                    lastFailed = !act("lezen", this::findOut);
                    pause();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }

        private boolean act(String what, Runnable call) {
            long started = System.nanoTime();
            try {
                call.run();
                actions.add(new Action(name, what, started, System.nanoTime(), null));
                return true;
            } catch (RuntimeException e) {
                if ("opslaan".equals(what)) {
                    lastError = e;
                }
                actions.add(new Action(name, what, started, System.nanoTime(), e));
                return false;
            }
        }

        private void pause() throws InterruptedException {
            Thread.sleep(100 + random.nextInt(150));
        }

        /** One change, as the screen sends it: on the version the user last saw. */
        abstract void change();

        /** Reads again after a failed change and settles what the failed change left. */
        abstract void findOut();
    }

    /** A leefcoach (or dorpsregisseur) saving their own client's plan: the answer, the goal, now and then an agreement. */
    static final class PlanWriter extends User {

        private final long clientId;
        private final long category;
        private final PlanEditing editing;
        private final PlanService plans;
        /** What this user saved last, as the database must have it. */
        private PlanService.PlanView saved;
        private PlanContent attempt;
        int acceptedSaves;
        int agreementsAdded;
        private int edits;

        PlanWriter(String name, UserDetails account, ConcurrentLinkedQueue<Action> actions, BooleanSupplier working,
                long clientId, long category, PlanEditing editing, PlanService plans, PlanService.PlanView start) {
            super(name, account, actions, working, clientId);
            this.clientId = clientId;
            this.category = category;
            this.editing = editing;
            this.plans = plans;
            this.saved = start;
        }

        long clientId() {
            return clientId;
        }

        String answerNeeds() {
            return saved.content().answerNeeds();
        }

        String goalText() {
            return saved.content().goals().get(0).text();
        }

        int revision() {
            return saved.revisionNo();
        }

        @Override
        void change() {
            edits++;
            PlanContent seen = saved.content();
            String value = name + " wijziging " + edits;
            PlanContent mine = new PlanContent(seen.answerCanDoSelf(), value, seen.answerWillDo(), seen.scores(),
                    seen.goals().stream().map(g -> new PlanContent.GoalItem(g.key(), g.lifeAreaId(), "Doel: " + value))
                            .toList(), seen.agreements(), seen.agreedOn(), seen.agreedWith(), seen.reviewDate());
            if (edits % 3 == 0) {
                mine = mine.withAgreement(new PlanContent.AgreementItem("nieuw-" + edits, "Afspraak: " + value,
                        category, SupportRung.ZELF, null, null, null, null, null, null, null, null));
            }
            attempt = mine;
            PlanEditing.Saved result = editing.save(clientId, saved.revisionNo(), mine);
            accepted(result.plan());
        }

        private void accepted(PlanService.PlanView now) {
            if (now.content().agreements().size() > saved.content().agreements().size()) {
                agreementsAdded++;
            }
            acceptedSaves++;
            saved = now;
            attempt = null;
        }

        @Override
        void findOut() {
            PlanService.PlanView now = plans.plan(clientId);
            if (now.revisionNo() == saved.revisionNo()
                    && now.content().answerNeeds().equals(saved.content().answerNeeds())) {
                attempt = null; // nothing of the failed save is there
            } else if (attempt != null && now.revisionNo() == saved.revisionNo() + 1
                    && now.content().answerNeeds().equals(attempt.answerNeeds())
                    && now.content().agreements().size() == attempt.agreements().size()) {
                savedThoughReportedFailed++;
                savedThoughReportedFailedErrors.add(name + ": " + firstOf(lastError));
                accepted(now);
            } else {
                anomalies.add(name + ": plan of client " + clientId + " at revision " + now.revisionNo()
                        + " while revision " + saved.revisionNo() + " was saved last (attempted: " + attempt + ")");
                saved = now;
                attempt = null;
            }
        }
    }

    /** A district nurse ticking her tasks gedaan, and open again, one after another. */
    static final class TaskTicker extends User {

        private final TaskService tasks;
        private final List<Long> taskIds;
        /** Per task the version and status this user saved last. */
        final Map<Long, Long> version = new java.util.HashMap<>();
        final Map<Long, TaskStatus> status = new java.util.HashMap<>();
        final Map<Long, Integer> acceptedChanges = new java.util.HashMap<>();
        private long attemptTask = -1;
        private TaskStatus attemptStatus;
        private int next;

        TaskTicker(String name, UserDetails account, ConcurrentLinkedQueue<Action> actions, BooleanSupplier working,
                TaskService tasks, List<Long> taskIds, long seed) {
            super(name, account, actions, working, seed);
            this.tasks = tasks;
            this.taskIds = taskIds;
            for (long id : taskIds) {
                acceptedChanges.put(id, 0);
            }
        }

        /** The task as it was before the user started. */
        void started(long taskId, long startVersion, TaskStatus startStatus) {
            version.put(taskId, startVersion);
            status.put(taskId, startStatus);
        }

        List<Long> taskIds() {
            return taskIds;
        }

        @Override
        void change() {
            long taskId = taskIds.get(next++ % taskIds.size());
            TaskStatus to = status.get(taskId) == TaskStatus.GEDAAN ? TaskStatus.OPEN : TaskStatus.GEDAAN;
            attemptTask = taskId;
            attemptStatus = to;
            TaskService.Undo undo = tasks.changeStatus(taskId, version.get(taskId), to, null, null);
            accepted(taskId, undo.versionAfter(), to);
        }

        private void accepted(long taskId, long versionAfter, TaskStatus to) {
            version.put(taskId, versionAfter);
            status.put(taskId, to);
            acceptedChanges.merge(taskId, 1, Integer::sum);
            attemptTask = -1;
        }

        @Override
        void findOut() {
            if (attemptTask < 0) {
                return;
            }
            TaskService.TaskRow now = tasks.task(attemptTask);
            long known = version.get(attemptTask);
            if (now.version() == known && now.status() == status.get(attemptTask)) {
                attemptTask = -1;
            } else if (now.version() == known + 1 && now.status() == attemptStatus) {
                savedThoughReportedFailed++;
                savedThoughReportedFailedErrors.add(name + ": " + firstOf(lastError));
                accepted(attemptTask, now.version(), attemptStatus);
            } else {
                anomalies.add(name + ": task " + attemptTask + " is " + now.status() + " version " + now.version()
                        + " while " + status.get(attemptTask) + " version " + known + " was saved last");
                accepted(attemptTask, now.version(), now.status());
            }
        }
    }

    private OutageUsers() {
    }
}
