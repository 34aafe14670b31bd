package nl.samenplan.task;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenplan.base.Translations;
import nl.samenplan.client.ConsentRecipient;
import nl.samenplan.client.ConsentWithdrawn;
import nl.samenplan.plan.PlanAgreements;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.TeamService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A withdrawal of the consent to share with volunteers takes effect at once, in the withdrawal's own transaction:
 * every task of the client still to do that a volunteer does (of the plan's volunteer agreements, or given to a login
 * with the role vrijwilliger) is taken back: the volunteer no longer has it, and it stands as lukt niet with the
 * reason, a signal to the plan owner (the task's follower). The plan's task run then makes no new ones for them.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ConsentListener {

    private final TaskRepository tasks;
    private final TaskEventRepository events;
    private final PlanAgreements agreements;
    private final TeamService team;
    private final Translations translations;
    private final Clock clock;

    ConsentListener(TaskRepository tasks, TaskEventRepository events, PlanAgreements agreements, TeamService team,
            Translations translations, Clock clock) {
        this.tasks = tasks;
        this.events = events;
        this.agreements = agreements;
        this.team = team;
        this.translations = translations;
        this.clock = clock;
    }

    @EventListener
    void on(ConsentWithdrawn withdrawn) {
        if (withdrawn.recipient() != ConsentRecipient.VOLUNTEERS) {
            return;
        }
        var schedules = agreements.of(withdrawn.clientId()).orElse(null);
        Set<Long> volunteerAgreements = schedules == null ? Set.of() : schedules.agreements().stream()
                .filter(TaskGeneration::forVolunteer).map(PlanAgreements.Schedule::agreementId)
                .collect(Collectors.toSet());
        Set<Long> volunteerLogins = team.colleagues().stream().filter(TeamService.Colleague::volunteer)
                .map(TeamService.Colleague::id).collect(Collectors.toSet());
        List<Task> taken = tasks.findByClientIdAndStatusIn(withdrawn.clientId(), TaskStatus.TO_DO).stream()
                .filter(t -> t.getAgreementId() != null && volunteerAgreements.contains(t.getAgreementId())
                        || t.getAssigneeId() != null && volunteerLogins.contains(t.getAssigneeId()))
                .toList();
        if (taken.isEmpty()) {
            return;
        }
        // the plan owner follows them; a task made by hand without a follower goes to whoever withdrew
        Long follower = schedules != null ? Long.valueOf(schedules.ownerId()) : CurrentUser.require().userId();
        String why = translations.getTranslation("task.takenBack.reason", Translations.NL);
        Instant now = clock.instant();
        for (Task task : taken) {
            task.takeBack(why, follower, now, withdrawn.byName());
            events.save(new TaskEvent(task.getId(), now, withdrawn.byName(), TaskStatus.LUKT_NIET, why));
        }
        tasks.flush();
    }
}
