package nl.samenplan.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.samenplan.base.BusinessRuleException;

/**
 * One thing to do for one client on one day: an occurrence of an agreement in the plan, or made by
 * hand. It has one person who does it (a user) or, for the client's own network, a network member whose
 * task the plan owner follows. Lukt niet needs a reason and becomes a signal to the follower until they
 * have dealt with it.
 */
@Entity
@Table(name = "task")
class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "team_id", nullable = false)
    private Long teamId;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "agreement_id")
    private Long agreementId;

    @Column(name = "occurrence_date")
    private LocalDate occurrenceDate;

    @Column(nullable = false, length = TaskLimits.WHAT)
    @NotBlank
    @Size(max = TaskLimits.WHAT)
    private String what;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Column(name = "network_member_id")
    private Long networkMemberId;

    @Column(name = "performer_name", length = TaskLimits.PERFORMER)
    @Size(max = TaskLimits.PERFORMER)
    private String performerName;

    @Column(name = "follower_id")
    private Long followerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TaskStatus status = TaskStatus.OPEN;

    @Column(length = TaskLimits.NOTE)
    @Size(max = TaskLimits.NOTE)
    private String note;

    @Column(length = TaskLimits.REASON)
    @Size(max = TaskLimits.REASON)
    private String reason;

    @Column(name = "signal_handled_at")
    private Instant signalHandledAt;

    @Column(name = "signal_handled_by", length = TaskLimits.WRITTEN_BY)
    @Size(max = TaskLimits.WRITTEN_BY)
    private String signalHandledBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = TaskLimits.WRITTEN_BY)
    @Size(max = TaskLimits.WRITTEN_BY)
    private String createdBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = TaskLimits.WRITTEN_BY)
    @Size(max = TaskLimits.WRITTEN_BY)
    private String changedBy;

    protected Task() {
    }

    Task(long teamId, long clientId, String what, LocalDate dueDate, Instant now, String by) {
        if (what == null || what.isBlank()) {
            throw new BusinessRuleException("error.task.whatRequired");
        }
        if (what.strip().length() > TaskLimits.WHAT) {
            throw new BusinessRuleException("error.task.whatTooLong", TaskLimits.WHAT);
        }
        if (dueDate == null) {
            throw new BusinessRuleException("error.task.dueRequired");
        }
        this.teamId = teamId;
        this.clientId = clientId;
        this.what = what.strip();
        this.dueDate = dueDate;
        this.createdAt = now;
        this.createdBy = by;
        this.changedAt = now;
        this.changedBy = by;
    }

    /** An occurrence of an agreement: at most one per agreement and day (also in the database). */
    static Task occurrence(long teamId, long clientId, long agreementId, LocalDate day, String what, Instant now) {
        Task task = new Task(teamId, clientId, what, day, now, TaskEvent.SYSTEM);
        task.agreementId = agreementId;
        task.occurrenceDate = day;
        return task;
    }

    /** Who does it: a user, or a network member followed by the plan owner. */
    void assign(Long userId, Long memberId, String memberName, Long follower) {
        this.assigneeId = userId;
        this.networkMemberId = userId == null ? memberId : null;
        this.performerName = userId == null ? memberName : null;
        this.followerId = follower;
    }

    /** An open occurrence follows its changed agreement. Returns whether anything changed. */
    boolean follow(String newWhat, Long userId, Long memberId, String memberName, Long follower) {
        boolean changed = !Objects.equals(what, newWhat) || !Objects.equals(assigneeId, userId)
                || !Objects.equals(networkMemberId, userId == null ? memberId : null)
                || !Objects.equals(performerName, userId == null ? memberName : null)
                || !Objects.equals(followerId, follower);
        if (changed) {
            this.what = newWhat;
            assign(userId, memberId, memberName, follower);
        }
        return changed;
    }

    /** A one-off whose agreement moved to another day moves with it. */
    void moveTo(LocalDate day) {
        this.dueDate = day;
        this.occurrenceDate = agreementId == null ? null : day;
    }

    /** Sets the status. Lukt niet needs a reason and opens a signal; anything else closes it again. */
    void changeStatus(TaskStatus newStatus, String newReason, String newNote, Instant now, String by) {
        if (newStatus == TaskStatus.LUKT_NIET) {
            if (newReason == null || newReason.isBlank()) {
                throw new BusinessRuleException("error.task.reasonRequired");
            }
            if (newReason.strip().length() > TaskLimits.REASON) {
                throw new BusinessRuleException("error.task.reasonTooLong", TaskLimits.REASON);
            }
            this.reason = newReason.strip();
            this.signalHandledAt = null;
            this.signalHandledBy = null;
        } else {
            this.reason = null;
        }
        if (newNote != null && !newNote.isBlank()) {
            addNote(newNote);
        }
        this.status = newStatus;
        touch(now, by);
    }

    /** Puts back what a change overwrote (undo within a few seconds). */
    void restore(TaskStatus previousStatus, String previousNote, String previousReason, Instant now, String by) {
        this.status = previousStatus;
        this.note = previousNote;
        this.reason = previousReason;
        touch(now, by);
    }

    void addNote(String text) {
        String stripped = text.strip();
        if (stripped.length() > TaskLimits.NOTE) {
            throw new BusinessRuleException("error.task.noteTooLong", TaskLimits.NOTE);
        }
        this.note = stripped;
    }

    /** The plan owner has seen the lukt niet and acts on it (or not): the signal is gone. */
    void handleSignal(Instant now, String by) {
        if (status != TaskStatus.LUKT_NIET) {
            throw new BusinessRuleException("error.task.noSignal");
        }
        this.signalHandledAt = now;
        this.signalHandledBy = by;
    }

    /**
     * The client withdrew the consent to share with volunteers: the task is no longer the volunteer's (nobody does it)
     * and stands as lukt niet with the reason, a signal to its follower ({@code follower} when it had none).
     */
    void takeBack(String why, Long follower, Instant now, String by) {
        assign(null, null, null, followerId != null ? followerId : follower);
        changeStatus(TaskStatus.LUKT_NIET, why, null, now, by);
    }

    void reassign(Long userId, Instant now, String by) {
        assign(userId, null, null, followerId);
        touch(now, by);
    }

    void touch(Instant now, String by) {
        this.changedAt = now;
        this.changedBy = by;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    Long getTeamId() {
        return teamId;
    }

    Long getClientId() {
        return clientId;
    }

    Long getAgreementId() {
        return agreementId;
    }

    LocalDate getOccurrenceDate() {
        return occurrenceDate;
    }

    String getWhat() {
        return what;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    Long getAssigneeId() {
        return assigneeId;
    }

    Long getNetworkMemberId() {
        return networkMemberId;
    }

    String getPerformerName() {
        return performerName;
    }

    Long getFollowerId() {
        return followerId;
    }

    TaskStatus getStatus() {
        return status;
    }

    String getNote() {
        return note;
    }

    String getReason() {
        return reason;
    }

    Instant getSignalHandledAt() {
        return signalHandledAt;
    }

    String getSignalHandledBy() {
        return signalHandledBy;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    String getChangedBy() {
        return changedBy;
    }

    String getCreatedBy() {
        return createdBy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Task other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Task.class.hashCode();
    }
}
