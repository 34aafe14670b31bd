package nl.samenplan.task;

import java.time.Instant;
import java.util.List;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.client.ClientFileClosed;
import nl.samenplan.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a client file is closed, its work ends in the same transaction: a closed file gets no new tasks and loses
 * the ones still to do (open or bezig, on any day, made by hand or from the plan), as the task generation already
 * does for future occurrences. They are removed rather than marked lukt niet, which would count as help that did
 * not work out on the dashboard and signal the plan owner. Lukt niet that nobody dealt with yet is marked dealt
 * with: the file that it signals about is closed. Tasks that were done or did not work out stay, as its history.
 */
@Component
@Transactional
class ClosedFileTasks {

    private final TaskRepository tasks;
    private final TaskEventRepository events;
    private final AuditLog auditLog;
    private final java.time.Clock clock;

    ClosedFileTasks(TaskRepository tasks, TaskEventRepository events, AuditLog auditLog, java.time.Clock clock) {
        this.tasks = tasks;
        this.events = events;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @EventListener
    void on(ClientFileClosed closed) {
        Instant now = clock.instant();
        String by = CurrentUser.find().map(CurrentUser::displayName).orElse(TaskEvent.SYSTEM);
        List<Task> toDo = tasks.findByClientIdAndStatusIn(closed.clientId(), TaskStatus.TO_DO);
        tasks.deleteAll(toDo);
        for (Task signal : tasks.signalsAbout(closed.clientId())) {
            signal.handleSignal(now, by);
            events.save(new TaskEvent(signal.getId(), now, by, TaskEvent.Kind.SIGNAAL_AFGEHANDELD, null));
        }
        tasks.flush();
        if (!toDo.isEmpty()) {
            auditLog.record(closed.clientId(), "history.client.tasksEnded", String.valueOf(toDo.size()));
        }
    }
}
