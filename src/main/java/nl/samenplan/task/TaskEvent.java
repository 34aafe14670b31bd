package nl.samenplan.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** One line of a task's history: who did what when. Never changed afterwards. */
@Entity
@Table(name = "task_event")
class TaskEvent {

    /** The name in the history when the application itself made or changed a task. */
    static final String SYSTEM = "Samenplan";

    enum Kind { AANGEMAAKT, STATUS, TOEGEWEZEN, NOTITIE, GEWIJZIGD, SIGNAAL_AFGEHANDELD, ONGEDAAN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private Long taskId;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "by_name", nullable = false, length = TaskLimits.WRITTEN_BY)
    @Size(max = TaskLimits.WRITTEN_BY)
    private String byName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    /** The status the task got, for a status change. */
    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private TaskStatus status;

    @Column(length = TaskLimits.EVENT_DETAIL)
    @Size(max = TaskLimits.EVENT_DETAIL)
    private String detail;

    protected TaskEvent() {
    }

    TaskEvent(long taskId, Instant at, String byName, Kind kind, String detail) {
        this.taskId = taskId;
        this.at = at;
        this.byName = byName;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    TaskEvent(long taskId, Instant at, String byName, TaskStatus status, String detail) {
        this(taskId, at, byName, Kind.STATUS, detail);
        this.status = status;
    }

    TaskStatus getStatus() {
        return status;
    }

    Long getTaskId() {
        return taskId;
    }

    Instant getAt() {
        return at;
    }

    String getByName() {
        return byName;
    }

    Kind getKind() {
        return kind;
    }

    String getDetail() {
        return detail;
    }
}
