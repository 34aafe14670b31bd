package nl.samenplan.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One line of a client file's history: who changed what, when. Written in the same transaction as the
 * change itself, never edited afterwards. The action is a message key; the detail its parameter.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** The lengths of the columns (the actor is a user's display name; the action a message key). */
    static final int ACTOR_NAME = 120;
    static final int ACTION = 80;
    static final int DETAIL = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private Long teamId;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "actor_id", nullable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = ACTOR_NAME)
    @Size(max = ACTOR_NAME)
    private String actorName;

    @Column(name = "actor_username", length = 60)
    @jakarta.validation.constraints.Size(max = 60)
    private String actorUsername;

    @Column(nullable = false, length = ACTION)
    @Size(max = ACTION)
    private String action;

    @Column(length = DETAIL)
    @Size(max = DETAIL)
    private String detail;

    @Column(name = "plan_revision")
    private Integer planRevision;

    protected AuditEntry() {
    }

    AuditEntry(long teamId, long clientId, Instant at, long actorId, String actorName, String action, String detail,
            Integer planRevision) {
        this(teamId, clientId, at, actorId, actorName, null, action, detail, planRevision);
    }

    AuditEntry(long teamId, long clientId, Instant at, long actorId, String actorName, String actorUsername,
            String action, String detail, Integer planRevision) {
        this.actorUsername = actorUsername;
        this.teamId = teamId;
        this.clientId = clientId;
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        // written by Samenplan (names, what changed), not typed: a very long line is shortened, visibly
        this.detail = detail == null || detail.length() <= DETAIL ? detail : detail.substring(0, DETAIL - 3) + "...";
        this.planRevision = planRevision;
    }

    public Long getId() {
        return id;
    }

    public Long getClientId() {
        return clientId;
    }

    public Instant getAt() {
        return at;
    }

    public String getActorName() {
        return actorName;
    }

    /** Who made the change by username (none for the system's own lines). */
    public String getActorUsername() {
        return actorUsername;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    public Integer getPlanRevision() {
        return planRevision;
    }
}
