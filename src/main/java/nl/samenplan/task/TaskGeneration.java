package nl.samenplan.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenplan.client.ClientDirectory;
import nl.samenplan.plan.Frequency;
import nl.samenplan.plan.PlanAgreements;
import nl.samenplan.plan.PlanAgreements.Schedule;
import nl.samenplan.plan.SupportRung;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings one client's tasks in line with the agreements in the plan (see {@link TaskPlanner}): after
 * every save of the plan, in the same transaction, and every night for every plan (the window moves
 * on). Running it twice changes nothing the second time. A client whose file is closed gets no new tasks
 * and loses the open ones from today on.
 */
@Component
@Transactional
public class TaskGeneration {

    private final TaskRepository tasks;
    private final TaskEventRepository events;
    private final PlanAgreements agreements;
    private final ClientDirectory directory;
    private final Clock clock;
    private final int windowDays;

    TaskGeneration(TaskRepository tasks, TaskEventRepository events, PlanAgreements agreements,
            ClientDirectory directory, Clock clock, @Value("${samenplan.tasks.window-days:14}") int windowDays) {
        this.tasks = tasks;
        this.events = events;
        this.agreements = agreements;
        this.directory = directory;
        this.clock = clock;
        this.windowDays = windowDays;
    }

    /** How many days ahead recurring agreements have their tasks. */
    public int windowDays() {
        return windowDays;
    }

    /** Syncs one client's tasks with the plan; returns how many tasks were made, changed or removed. */
    public int syncClient(long clientId) {
        return syncClient(clientId, LocalDate.now(clock));
    }

    /**
     * Syncs from a given day on instead of today: catches up on days the application did not run (and
     * lets the demo team start with a few days behind it). Days before {@code from} are left alone.
     */
    public int syncClient(long clientId, LocalDate from) {
        var schedules = agreements.of(clientId).orElse(null);
        if (schedules == null) {
            return 0;
        }
        ClientDirectory.Placement placement = directory.placement(clientId).orElse(null);
        if (placement == null) {
            return 0;
        }
        long teamId = placement.teamId();
        LocalDate today = from;
        Instant now = clock.instant();
        Set<Long> current = schedules.agreements().stream().map(Schedule::agreementId).collect(Collectors.toSet());
        List<Long> oneOffs = schedules.agreements().stream()
                .filter(s -> Frequency.parse(s.frequency()).map(Frequency::once).orElse(false))
                .map(Schedule::agreementId).toList();
        Map<Long, List<Task>> byAgreement = tasks.ofAgreements(clientId, today, orNone(oneOffs)).stream()
                .collect(Collectors.groupingBy(Task::getAgreementId));
        Map<Long, ClientDirectory.Member> members = schedules.agreements().stream()
                .anyMatch(s -> s.assigneeId() == null && s.networkMemberId() != null)
                ? directory.networkMembers(clientId) : Map.of();

        // asked once, and only when the plan has work for a volunteer
        boolean volunteerConsent = schedules.agreements().stream().noneMatch(TaskGeneration::forVolunteer)
                || directory.sharesWithVolunteers(clientId);
        int changes = 0;
        for (Task stale : tasks.openOfOtherAgreements(clientId, orNone(current), today)) {
            tasks.delete(stale);
            changes++;
        }
        for (Schedule schedule : schedules.agreements()) {
            List<Task> own = byAgreement.getOrDefault(schedule.agreementId(), List.of());
            Long memberId = schedule.assigneeId() == null && schedule.rung() == SupportRung.EIGEN_NETWERK
                    ? schedule.networkMemberId() : null;
            ClientDirectory.Member member = memberId == null ? null : members.get(memberId);
            // a volunteer of the register without a login: the plan owner follows the tasks, like the network's
            boolean volunteerWithoutLogin = schedule.assigneeId() == null && schedule.volunteerId() != null
                    && schedule.rung() == SupportRung.VRIJWILLIGERS;
            // a closed file gets no new work: its future open tasks go as if nobody did them; nor does a volunteer
            // without the client's consent to share with volunteers
            boolean volunteerWithoutConsent = forVolunteer(schedule) && !volunteerConsent;
            boolean hasPerformer = !placement.closed() && !volunteerWithoutConsent
                    && (schedule.assigneeId() != null || member != null || volunteerWithoutLogin);
            TaskPlanner.Actions actions = TaskPlanner.plan(schedule, hasPerformer,
                    own.stream().map(t -> new TaskPlanner.Existing(t.getId(), t.getDueDate(), t.getStatus())).toList(),
                    today, windowDays);
            if (actions.none()) {
                continue;
            }
            Map<Long, Task> byId = own.stream().collect(Collectors.toMap(Task::getId, t -> t));
            String memberName = member != null ? member.name() : volunteerWithoutLogin ? schedule.providerName() : null;
            for (Long id : actions.delete()) {
                tasks.delete(byId.get(id));
                changes++;
            }
            for (Long id : actions.follow()) {
                Task task = byId.get(id);
                if (task.follow(schedule.what(), schedule.assigneeId(), memberId, memberName, schedules.ownerId())) {
                    task.touch(now, TaskEvent.SYSTEM);
                    events.save(new TaskEvent(id, now, TaskEvent.SYSTEM, TaskEvent.Kind.GEWIJZIGD, schedule.what()));
                    changes++;
                }
                LocalDate day = actions.move().get(id);
                if (day != null) {
                    task.moveTo(day);
                    task.touch(now, TaskEvent.SYSTEM);
                    changes++;
                }
            }
            List<Task> made = new ArrayList<>();
            for (LocalDate day : actions.create()) {
                Task task = Task.occurrence(teamId, clientId, schedule.agreementId(), day, schedule.what(), now);
                task.assign(schedule.assigneeId(), memberId, memberName, schedules.ownerId());
                made.add(task);
            }
            if (!made.isEmpty()) {
                tasks.saveAll(made).forEach(t -> events.save(
                        new TaskEvent(t.getId(), now, TaskEvent.SYSTEM, TaskEvent.Kind.AANGEMAAKT, null)));
                changes += made.size();
            }
        }
        tasks.flush();
        return changes;
    }

    /** Work the plan gives a volunteer (of the register, with or without a login). */
    static boolean forVolunteer(Schedule schedule) {
        return schedule.rung() == SupportRung.VRIJWILLIGERS || schedule.volunteerId() != null;
    }

    private static List<Long> orNone(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : new ArrayList<>(new HashSet<>(ids));
    }
}
