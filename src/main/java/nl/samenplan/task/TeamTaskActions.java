package nl.samenplan.task;

import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.base.access.LogsAccess;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.client.ConsentRecipient;
import nl.samenplan.client.ConsentService;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import nl.samenplan.security.TeamService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bulk actions of Teamtaken: give selected tasks to someone else, or close them as done, in one action and
 * one transaction. The selection was made on what the user saw, so each selected task comes with the version the
 * user saw; if any of them changed since (status, assignee, note), nothing at all is changed and the user is told
 * which tasks changed and by whom ({@link TasksChangedMeanwhile}). The user then looks again and decides.
 */
@Service
@Transactional(readOnly = true)
public class TeamTaskActions {

    private final TaskRepository tasks;
    private final TaskEventRepository events;
    private final TaskService taskService;
    private final TeamService team;
    private final Clock clock;
    private final ConsentService consents;

    TeamTaskActions(TaskRepository tasks, TaskEventRepository events, TaskService taskService, TeamService team,
            Clock clock, ConsentService consents) {
        this.consents = consents;
        this.tasks = tasks;
        this.events = events;
        this.taskService = taskService;
        this.team = team;
        this.clock = clock;
    }

    /**
     * Gives the selected tasks (task id → version seen) to a colleague of the team, or to nobody. Tasks that are
     * closed, or are that colleague's already, stay as they are. Returns how many tasks changed hands.
     */
    @PreAuthorize(Permissions.TASK_TEAM)
    @Transactional
    @LogsAccess(AccessEventType.CLIENT_FILE_CHANGED)
    public int reassign(Map<Long, Long> seen, Long userId) {
        CurrentUser me = CurrentUser.require();
        String name = null;
        boolean volunteer = false;
        if (userId != null) {
            TeamService.Colleague to = team.colleagues().stream().filter(c -> c.id() == userId).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("error.task.assigneeNotInTeam"));
            name = to.displayName();
            volunteer = to.volunteer();
        }
        boolean toVolunteer = volunteer;
        String assigneeName = name;
        Instant now = clock.instant();
        return apply(seen, me, task -> task.getStatus().toDo() && !Objects.equals(task.getAssigneeId(), userId),
                task -> {
                    if (toVolunteer && !consents.hasConsent(task.getClientId(), ConsentRecipient.VOLUNTEERS)) {
                        throw new BusinessRuleException("error.consent.volunteers"); // nothing of the action is kept
                    }
                    task.reassign(userId, now, me.displayName());
                    events.save(new TaskEvent(task.getId(), now, me.displayName(), TaskEvent.Kind.TOEGEWEZEN,
                            assigneeName));
                });
    }

    /** Closes the selected tasks (task id → version seen) as done; tasks closed already stay as they are. */
    @PreAuthorize(Permissions.TASK_TEAM)
    @Transactional
    @LogsAccess(AccessEventType.CLIENT_FILE_CHANGED)
    public int markDone(Map<Long, Long> seen) {
        CurrentUser me = CurrentUser.require();
        Instant now = clock.instant();
        return apply(seen, me, task -> task.getStatus().toDo(), task -> {
            task.changeStatus(TaskStatus.GEDAAN, null, null, now, me.displayName());
            events.save(new TaskEvent(task.getId(), now, me.displayName(), TaskStatus.GEDAAN, null));
        });
    }

    private int apply(Map<Long, Long> seen, CurrentUser me, Predicate<Task> applies,
            java.util.function.Consumer<Task> change) {
        List<Task> found = tasks.inTeamForUpdate(seen.keySet(), me.requireTeamId());
        List<Task> changed = found.stream().filter(t -> !Objects.equals(seen.get(t.getId()), t.getVersion()))
                .toList();
        boolean gone = found.size() < seen.size();
        if (!changed.isEmpty() || gone) {
            List<Long> unchanged = found.stream().filter(t -> !changed.contains(t)).map(Task::getId).toList();
            throw new TasksChangedMeanwhile(seen.size() - unchanged.size(), taskService.rows(changed, me),
                    unchanged);
        }
        int count = 0;
        for (Task task : found) {
            if (applies.test(task)) {
                change.accept(task);
                count++;
            }
        }
        try {
            tasks.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new BusinessRuleException("error.task.bulkChanged.retry");
        }
        return count;
    }
}
