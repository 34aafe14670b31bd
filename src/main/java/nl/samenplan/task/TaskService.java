package nl.samenplan.task;

import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.base.access.AccessedClient;
import nl.samenplan.base.access.ClientScoped;
import nl.samenplan.base.access.LogsAccess;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.Changed;
import nl.samenplan.base.InputValidation;
import nl.samenplan.client.ClientDirectory;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ConsentRecipient;
import nl.samenplan.client.ConsentService;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import nl.samenplan.security.Role;
import nl.samenplan.security.TeamService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks: one's own day (Mijn taken), one-tap updates with undo, lukt niet as a signal to the plan
 * owner, the team's list (its bulk actions are in {@link TeamTaskActions}), a client's tasks and each
 * task's history. A volunteer reaches only their own tasks and sees of the client only the first name
 * and the address.
 */
@Service
@Transactional(readOnly = true)
public class TaskService {

    /** Mijn taken shows at most this many tasks (a district nurse has some tens a fortnight). */
    static final int MY_TASKS_LIMIT = 300;

    private final TaskRepository tasks;
    private final TaskEventRepository events;
    private final ClientService clients;
    private final ClientDirectory directory;
    private final TeamService team;
    private final TaskGeneration generation;
    private final Clock clock;
    private final ConsentService consents;

    TaskService(TaskRepository tasks, TaskEventRepository events, ClientService clients, ClientDirectory directory,
            TeamService team, TaskGeneration generation, Clock clock, ConsentService consents) {
        this.consents = consents;
        this.tasks = tasks;
        this.events = events;
        this.clients = clients;
        this.directory = directory;
        this.team = team;
        this.generation = generation;
        this.clock = clock;
    }

    /** The current user's tasks to do: overdue, today and the coming days of the window. */
    @PreAuthorize(Permissions.TASK_OWN)
    @LogsAccess(AccessEventType.CLIENT_LIST_VIEWED)
    public List<TaskRow> myTasks() {
        CurrentUser me = CurrentUser.require();
        LocalDate until = LocalDate.now(clock).plusDays(generation.windowDays() - 1L);
        List<Task> mine = tasks.assignedTo(me.userId(), TaskStatus.TO_DO, until, PageRequest.of(0, MY_TASKS_LIMIT));
        if (me.role() == Role.VRIJWILLIGER) {
            // a volunteer has nothing to do for a closed file: its tasks are not theirs to see any more
            Set<Long> closed = directory.closed(mine.stream().map(Task::getClientId).collect(Collectors.toSet()));
            mine = mine.stream().filter(t -> !closed.contains(t.getClientId())).toList();
        }
        return rows(mine, me);
    }

    /** The number next to Mijn taken: own overdue tasks plus signals not dealt with yet. */
    @PreAuthorize(Permissions.TASK_OWN)
    public int badge() {
        CurrentUser me = CurrentUser.require();
        long overdue = tasks.countOverdue(me.userId(), TaskStatus.TO_DO, LocalDate.now(clock));
        long signals = receivesSignals(me) ? tasks.countSignalsFor(me.userId(), me.requireTeamId()) : 0;
        return (int) Math.min(Integer.MAX_VALUE, overdue + signals);
    }

    /**
     * One task, for its own page; another person's task does not exist for a volunteer, and neither does their own
     * once it is done (or lukt niet) or its client's file is closed.
     */
    @PreAuthorize(Permissions.TASK_OWN)
    @LogsAccess(AccessEventType.TASKS_VIEWED)
    public TaskRow task(long taskId) {
        CurrentUser me = CurrentUser.require();
        return rows(List.of(readable(taskId, me)), me).get(0);
    }

    /**
     * Sets a task's status in one action: gedaan, bezig, open, or lukt niet (with a reason, which
     * becomes a signal to the plan owner). {@code version} is the version the user saw. Returns what
     * undo needs.
     */
    @PreAuthorize(Permissions.TASK_OWN)
    @Transactional
    @LogsAccess(AccessEventType.CLIENT_FILE_CHANGED)
    public Undo changeStatus(long taskId, long version, TaskStatus status, String reason, String note) {
        InputValidation.require(new TaskTexts(reason, note));
        CurrentUser me = CurrentUser.require();
        Task task = writable(taskId, me);
        if (task.getPerformerName() != null) {
            AccessedClient.onBehalfOf("naaste " + task.getPerformerName()); // the plan owner ticks it off for them
        }
        if (task.getVersion() != version) {
            throw new BusinessRuleException("error.task.changed", task.getChangedBy());
        }
        Undo undo = new Undo(taskId, 0, task.getStatus(), task.getNote(), task.getReason());
        Instant now = clock.instant();
        task.changeStatus(status, reason, note, now, me.displayName());
        tasks.flush();
        events.save(new TaskEvent(taskId, now, me.displayName(), status, status == TaskStatus.LUKT_NIET
                ? task.getReason() : blankToNull(note)));
        return new Undo(taskId, task.getVersion(), undo.previousStatus(), undo.previousNote(), undo.previousReason());
    }

    /** Takes back the last change, as long as nobody changed the task since. */
    @PreAuthorize(Permissions.TASK_OWN)
    @Transactional
    @LogsAccess(AccessEventType.CLIENT_FILE_CHANGED)
    public void undo(Undo undo) {
        CurrentUser me = CurrentUser.require();
        Task task = changeable(undo.taskId(), me);
        if (task.getVersion() != undo.versionAfter()) {
            throw new BusinessRuleException("error.task.changed", task.getChangedBy());
        }
        Instant now = clock.instant();
        task.restore(undo.previousStatus(), undo.previousNote(), undo.previousReason(), now, me.displayName());
        events.save(new TaskEvent(task.getId(), now, me.displayName(), TaskEvent.Kind.ONGEDAAN,
                undo.previousStatus().name()));
    }

    /**
     * Adds or replaces the short note of a task. {@code version} is the version of the task the user saw when
     * they began to type: if someone changed the task since (their note, the status, who does it), nothing is
     * saved and the user is told who, so that a note is never written over one the user has not seen.
     */
    @PreAuthorize(Permissions.TASK_OWN)
    @Transactional
    @LogsAccess(AccessEventType.CLIENT_FILE_CHANGED)
    public void note(long taskId, long version, String note) {
        InputValidation.require(new TaskTexts(null, note));
        CurrentUser me = CurrentUser.require();
        Task task = changeable(taskId, me);
        if (task.getVersion() != version) {
            throw Changed.meanwhile("error.task.noteChanged", task.getChangedBy());
        }
        Instant now = clock.instant();
        task.addNote(note == null ? "" : note);
        task.touch(now, me.displayName());
        flushOrRefuse("error.task.noteChanged");
        events.save(new TaskEvent(taskId, now, me.displayName(), TaskEvent.Kind.NOTITIE, blankToNull(note)));
    }

    /** Writes now, so that a change by someone else in the last instant is refused here and told, not at commit. */
    private void flushOrRefuse(String key) {
        try {
            tasks.flush();
        } catch (OptimisticLockingFailureException e) {
            throw Changed.meanwhile(key, null);
        }
    }

    /** Lukt niet that the current user (as plan owner) still has to deal with. */
    @PreAuthorize(Permissions.TASK_OWN)
    @LogsAccess(AccessEventType.CLIENT_LIST_VIEWED)
    public List<TaskRow> mySignals() {
        CurrentUser me = CurrentUser.require();
        if (!receivesSignals(me)) {
            return List.of();
        }
        return rows(tasks.signalsFor(me.userId(), me.requireTeamId(), PageRequest.of(0, 100)), me);
    }

    /** Lukt niet about one client that nobody has dealt with yet. */
    @PreAuthorize(Permissions.CLIENT_READ)
    public List<TaskRow> signalsAbout(long clientId) {
        clients.get(clientId); // team check
        return rows(tasks.signalsAbout(clientId), CurrentUser.require());
    }

    /** The plan owner (or another team member) has dealt with a lukt niet: the signal goes away. */
    @PreAuthorize(Permissions.TASK_WRITE)
    @Transactional
    @LogsAccess(AccessEventType.CLIENT_FILE_CHANGED)
    public void handleSignal(long taskId) {
        CurrentUser me = CurrentUser.require();
        Task task = writable(taskId, me);
        Instant now = clock.instant();
        task.handleSignal(now, me.displayName());
        events.save(new TaskEvent(taskId, now, me.displayName(), TaskEvent.Kind.SIGNAAL_AFGEHANDELD, null));
    }

    /** A page of the team's tasks, filtered and sorted by the database (by due date unless asked). */
    @PreAuthorize(Permissions.TASK_TEAM)
    @LogsAccess(AccessEventType.CLIENT_LIST_VIEWED)
    public Page<TaskRow> teamTasks(TeamFilter filter, Pageable pageable) {
        CurrentUser me = CurrentUser.require();
        TeamFilter f = filter == null ? TeamFilter.OPEN : filter;
        Set<TaskStatus> statuses = f.status() == null ? TaskStatus.TO_DO : EnumSet.of(f.status());
        LocalDate dueBefore = f.overdue() ? LocalDate.now(clock) : null;
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("dueDate", "id"));
        Page<Task> page = tasks.inTeam(me.requireTeamId(), statuses, f.assigneeId(), f.unassigned(), f.clientId(),
                dueBefore, sorted);
        return new PageImpl<>(rows(page.getContent(), me), sorted, page.getTotalElements());
    }

    /** A page of one client's tasks, latest due date first unless sorted otherwise. */
    @PreAuthorize(Permissions.CLIENT_READ)
    @LogsAccess(AccessEventType.TASKS_VIEWED)
    public Page<TaskRow> clientTasks(long clientId, Pageable pageable) {
        clients.get(clientId); // team check
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Order.desc("dueDate"), Sort.Order.desc("id")));
        Page<Task> page = tasks.findByClientId(clientId, sorted);
        return new PageImpl<>(rows(page.getContent(), CurrentUser.require()), sorted, page.getTotalElements());
    }

    /** All of the client's tasks, latest due first, each with its history: for the export (AVG art. 15 and 20). */
    @PreAuthorize(Permissions.ACCESS_REPORT)
    @nl.samenplan.base.access.LogsAccess(nl.samenplan.base.access.AccessEventType.DATA_EXPORTED)
    public List<TaskExport> exportTasks(long clientId) {
        clients.reportSubject(clientId);
        List<Task> all = tasks.findByClientId(clientId, PageRequest.of(0, EXPORT_MAX,
                Sort.by(Sort.Order.desc("dueDate"), Sort.Order.desc("id")))).getContent();
        Map<Long, List<HistoryLine>> history = all.isEmpty() ? Map.of() : events.findByTaskIdInOrderByAtAscIdAsc(
                all.stream().map(Task::getId).toList()).stream().collect(Collectors.groupingBy(TaskEvent::getTaskId, Collectors.mapping(e ->
                new HistoryLine(e.getAt(), e.getByName(), e.getKind().name(), e.getStatus(), e.getDetail()),
                Collectors.toList())));
        return all.stream().map(t -> new TaskExport(t.getId(), t.getWhat(), t.getDueDate(), t.getStatus(),
                t.getPerformerName(), t.getNote(), t.getReason(), t.getChangedBy(), t.getChangedAt(),
                history.getOrDefault(t.getId(), List.of()))).toList();
    }

    /** At most this many tasks of one client go into an export (a weekly task for 20 years is about 1,000). */
    static final int EXPORT_MAX = 5_000;

    /** Who did what to a task, oldest first; not for a volunteer, who sees what, when and where only. */
    @PreAuthorize(Permissions.TASK_HISTORY)
    @LogsAccess(AccessEventType.TASKS_VIEWED)
    public List<HistoryLine> history(long taskId) {
        readable(taskId, CurrentUser.require());
        return events.findByTaskIdOrderByAtAscIdAsc(taskId).stream()
                .map(e -> new HistoryLine(e.getAt(), e.getByName(), e.getKind().name(), e.getStatus(), e.getDetail()))
                .toList();
    }

    /** A task made by hand: what, for which client (of the own team), for whom, due when. */
    @PreAuthorize(Permissions.TASK_WRITE)
    @Transactional
    @LogsAccess(AccessEventType.CLIENT_FILE_CHANGED)
    public long create(NewTask request) {
        InputValidation.require(request);
        CurrentUser me = CurrentUser.require();
        if (request.clientId() == null) {
            throw new BusinessRuleException("error.task.clientRequired");
        }
        AccessedClient.is(request.clientId());
        clients.get(request.clientId()); // team check
        directory.requireOpen(request.clientId());
        TeamService.Colleague assignee = request.assigneeId() == null ? null : team.colleagues().stream()
                .filter(c -> c.id() == request.assigneeId()).findFirst()
                .orElseThrow(() -> new BusinessRuleException("error.task.assigneeNotInTeam"));
        if (assignee != null && assignee.volunteer()
                && !consents.hasConsent(request.clientId(), ConsentRecipient.VOLUNTEERS)) {
            throw new BusinessRuleException("error.consent.volunteers"); // the task carries the client's address
        }
        if (request.due() != null && request.due().isBefore(LocalDate.now(clock))) {
            throw new BusinessRuleException("error.task.dueInPast");
        }
        Instant now = clock.instant();
        Task task = new Task(me.requireTeamId(), request.clientId(), request.what(), request.due(), now,
                me.displayName());
        Long follower = me.role() == Role.LEEFCOACH || me.role() == Role.DORPSREGISSEUR ? me.userId() : null;
        task.assign(request.assigneeId(), null, null, follower);
        if (request.note() != null && !request.note().isBlank()) {
            task.addNote(request.note());
        }
        task = tasks.save(task);
        events.save(new TaskEvent(task.getId(), now, me.displayName(), TaskEvent.Kind.AANGEMAAKT, null));
        return task.getId();
    }

    private Task readable(long taskId, CurrentUser me) {
        Task task = tasks.findById(taskId).orElseThrow(() -> new BusinessRuleException("error.task.notFound"));
        AccessedClient.is(task.getClientId());
        boolean mine = task.getAssigneeId() != null && task.getAssigneeId() == me.userId();
        boolean team = me.role().seesClientFiles() && me.teamId().map(task.getTeamId()::equals).orElse(false);
        if (!mine && !team || me.role() == Role.VRIJWILLIGER && !openForVolunteer(task)) {
            throw new BusinessRuleException("error.task.notFound");
        }
        return task;
    }

    /** A volunteer's task is theirs to see while it is to do and its client's file is not closed. */
    private boolean openForVolunteer(Task task) {
        return task.getStatus().toDo() && directory.placement(task.getClientId()).map(p -> !p.closed()).orElse(false);
    }

    /**
     * A task the user may take back their last change of or add a note to: as {@link #writable}, but a volunteer's own
     * task also right after they set it to gedaan (the few seconds to undo it or to add a note), without reading it.
     */
    private Task changeable(long taskId, CurrentUser me) {
        if (me.role() != Role.VRIJWILLIGER) {
            return writable(taskId, me);
        }
        Task task = tasks.findById(taskId).filter(t -> t.getAssigneeId() != null && t.getAssigneeId() == me.userId())
                .orElseThrow(() -> new BusinessRuleException("error.task.notFound"));
        AccessedClient.is(task.getClientId());
        return task;
    }

    private Task writable(long taskId, CurrentUser me) {
        Task task = readable(taskId, me);
        directory.requireOpen(task.getClientId());
        boolean mine = task.getAssigneeId() != null && task.getAssigneeId() == me.userId();
        if (!mine && !me.role().writesClientFiles()) {
            throw new BusinessRuleException("error.task.notYours");
        }
        return task;
    }

    private static boolean receivesSignals(CurrentUser me) {
        return me.role().writesClientFiles();
    }

    /** Tasks as rows, with client names and addresses and assignee names in two lookups. */
    List<TaskRow> rows(List<Task> list, CurrentUser me) {
        if (list.isEmpty()) {
            return List.of();
        }
        boolean volunteer = me.role() == Role.VRIJWILLIGER;
        Map<Long, ClientDirectory.Visit> visits = directory.visits(
                list.stream().map(Task::getClientId).collect(Collectors.toSet()));
        Map<Long, String> names = volunteer ? Map.of(me.userId(), me.displayName())
                : team.colleagues().stream().collect(Collectors.toMap(TeamService.Colleague::id,
                        TeamService.Colleague::displayName, (a, b) -> a));
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(t -> {
            ClientDirectory.Visit visit = visits.get(t.getClientId());
            String clientName = visit == null ? "" : volunteer ? visit.firstName() : visit.fullName();
            // a volunteer sees what, when and where: not the notes others wrote, nor who changed it
            return new TaskRow(t.getId(), t.getVersion(), t.getClientId(), clientName,
                    visit == null ? "" : visit.addressLine(), t.getWhat(), t.getDueDate(), t.getStatus(),
                    t.getAssigneeId(), t.getAssigneeId() == null ? null : names.get(t.getAssigneeId()),
                    t.getPerformerName(), volunteer ? null : t.getNote(), volunteer ? null : t.getReason(),
                    volunteer ? null : t.getChangedBy(), volunteer ? null : t.getChangedAt(),
                    t.getAgreementId() != null, t.getStatus().toDo() && t.getDueDate().isBefore(today),
                    t.getStatus() == TaskStatus.LUKT_NIET && t.getSignalHandledAt() == null);
        }).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A task as the lists show it. For a volunteer, clientName is the first name only. */
    public record TaskRow(long id, long version, long clientId, String clientName, String address, String what,
            LocalDate due, TaskStatus status, Long assigneeId, String assigneeName, String performerName, String note,
            String reason, String changedBy, Instant changedAt, boolean fromPlan, boolean overdue,
            boolean openSignal) implements ClientScoped {
    }

    /** What it takes to undo a status change. */
    public record Undo(long taskId, long versionAfter, TaskStatus previousStatus, String previousNote,
            String previousReason) {
    }

    /** One line of a task's history; kind is the event (AANGEMAAKT, STATUS, ...). */
    public record HistoryLine(Instant at, String by, String kind, TaskStatus status, String detail) {
    }

    /**
     * The team view's filters, applied in the database. {@code status} null means open and bezig;
     * {@code unassigned} shows only tasks nobody in Samenplan does (the network's).
     */
    public record TeamFilter(Long assigneeId, boolean unassigned, Long clientId, TaskStatus status, boolean overdue) {
        public static final TeamFilter OPEN = new TeamFilter(null, false, null, null, false);
    }
}
