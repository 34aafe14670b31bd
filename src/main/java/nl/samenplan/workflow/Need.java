package nl.samenplan.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.plan.SupportRung;

/** A need (hulpvraag) of a client, recorded in a few fields and routed up the ladder until it is met. */
@Entity
@Table(name = "need")
class Need {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "need_category_id", nullable = false)
    private Long needCategoryId;

    @Column(length = WorkflowLimits.NEED_DESCRIPTION)
    @Size(max = WorkflowLimits.NEED_DESCRIPTION)
    private String description;

    @Column(length = WorkflowLimits.NEED_FREQUENCY)
    @Size(max = WorkflowLimits.NEED_FREQUENCY)
    private String frequency;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NeedSource source;

    @Column(name = "client_can_do_self", nullable = false)
    private boolean clientCanDoSelf;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = WorkflowLimits.WRITTEN_BY)
    @Size(max = WorkflowLimits.WRITTEN_BY)
    private String createdBy;

    /** Set when a proposal was accepted: the rung it was met on. */
    @Column(name = "met_on_rung")
    private Integer metOnRung;

    @Column(name = "met_at")
    private Instant metAt;

    /** Opened again because the agreement that met it left the plan: when, by whom, which agreement. */
    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @jakarta.validation.constraints.Size(max = 120)
    @Column(name = "reopened_by", length = 120)
    private String reopenedBy;

    @jakarta.validation.constraints.Size(max = 300)
    @Column(name = "reopened_agreement", length = 300)
    private String reopenedAgreement;

    /** When the plan owner dealt with the signal that the need is open again. */
    @Column(name = "reopen_handled_at")
    private Instant reopenHandledAt;

    protected Need() {
    }

    Need(long clientId, NeedData data, Instant now, String author) {
        if (data.needCategoryId() == null) {
            throw new BusinessRuleException("error.need.category");
        }
        if (data.description() != null && data.description().strip().length() > WorkflowLimits.NEED_DESCRIPTION) {
            throw new BusinessRuleException("error.tooLong", WorkflowLimits.NEED_DESCRIPTION);
        }
        if (data.frequency() != null && data.frequency().strip().length() > WorkflowLimits.NEED_FREQUENCY) {
            throw new BusinessRuleException("error.tooLong", WorkflowLimits.NEED_FREQUENCY);
        }
        if (nl.samenplan.plan.Frequency.parse(data.frequency()).isEmpty()) {
            // asked here, where it is first typed, instead of passing it on to an agreement that makes no tasks
            throw new nl.samenplan.base.InvalidInputException("frequency", "error.need.frequencyUnknown");
        }
        this.clientId = clientId;
        this.needCategoryId = data.needCategoryId();
        this.description = blankToNull(data.description());
        this.frequency = blankToNull(data.frequency());
        this.startDate = data.startDate();
        this.urgency = data.urgency() == null ? Urgency.NORMAAL : data.urgency();
        this.source = data.source() == null ? NeedSource.CLIENT : data.source();
        this.clientCanDoSelf = data.clientCanDoSelf();
        this.createdAt = now;
        this.createdBy = author;
    }

    void met(SupportRung rung, Instant at) {
        if (metOnRung != null) {
            throw new BusinessRuleException("error.need.alreadyMet");
        }
        this.metOnRung = rung.level();
        this.metAt = at;
        if (reopenedAt != null && reopenHandledAt == null) {
            this.reopenHandledAt = at; // met again: the signal has done its work
        }
    }

    /**
     * An agreement in the plan meets this need (on any rung): it is met, unless it was met already. Returns
     * whether it changed.
     */
    boolean metBy(SupportRung rung, Instant at) {
        if (metOnRung != null) {
            return false;
        }
        met(rung, at);
        return true;
    }

    /**
     * The agreement that met this need left the plan (removed or ended): the need is open again, and the
     * plan owner is told until they mark it as dealt with. A need that is open already stays as it is.
     */
    boolean reopen(Instant at, String by, String agreement) {
        if (metOnRung == null) {
            return false;
        }
        this.metOnRung = null;
        this.metAt = null;
        this.reopenedAt = at;
        this.reopenedBy = by;
        this.reopenedAgreement = agreement;
        this.reopenHandledAt = null;
        return true;
    }

    /**
     * The agreement that met this need ran out on {@code ended}: the need is open again, as when the
     * agreement leaves the plan, with nobody who did it. A need met again after that day stays met.
     */
    boolean reopenAfterEnd(Instant at, java.time.LocalDate ended, String agreement) {
        if (metAt == null || metAt.atZone(nl.samenplan.base.TimeConfig.ZONE).toLocalDate().isAfter(ended)) {
            return false;
        }
        return reopen(at, null, agreement);
    }

    void handleReopenSignal(Instant at) {
        if (reopenedAt != null && reopenHandledAt == null) {
            this.reopenHandledAt = at;
        }
    }

    Instant getReopenedAt() {
        return reopenedAt;
    }

    String getReopenedBy() {
        return reopenedBy;
    }

    String getReopenedAgreement() {
        return reopenedAgreement;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    NeedData data() {
        return new NeedData(needCategoryId, description, frequency, startDate, urgency, source, clientCanDoSelf);
    }

    Long getId() {
        return id;
    }

    Long getClientId() {
        return clientId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Integer getMetOnRung() {
        return metOnRung;
    }
}
