package nl.samenplan.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import nl.samenplan.base.BusinessRuleException;

/**
 * A multidisciplinary consultation (MDO) about a client: when, who took part, what was concluded and
 * which alternatives at home were considered. A nursing-home application needs a recent one.
 */
@Entity
@Table(name = "mdo")
class Mdo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = WorkflowLimits.MDO_PARTICIPANTS)
    @NotBlank
    @Size(max = WorkflowLimits.MDO_PARTICIPANTS)
    private String participants;

    @Column(nullable = false, length = WorkflowLimits.MDO_CONCLUSION)
    @NotBlank
    @Size(max = WorkflowLimits.MDO_CONCLUSION)
    private String conclusion;

    @Column(name = "home_alternatives", nullable = false, length = WorkflowLimits.MDO_ALTERNATIVES)
    @NotBlank
    @Size(max = WorkflowLimits.MDO_ALTERNATIVES)
    private String homeAlternatives;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = WorkflowLimits.WRITTEN_BY)
    @Size(max = WorkflowLimits.WRITTEN_BY)
    private String createdBy;

    protected Mdo() {
    }

    Mdo(long clientId, MdoData data, LocalDate today, Instant now, String author) {
        if (data.heldOn() == null) {
            throw new BusinessRuleException("error.mdo.date");
        }
        if (data.heldOn().isAfter(today)) {
            throw new BusinessRuleException("error.mdo.future");
        }
        this.clientId = clientId;
        this.heldOn = data.heldOn();
        this.participants = required(data.participants(), WorkflowLimits.MDO_PARTICIPANTS, "error.mdo.participants");
        this.conclusion = required(data.conclusion(), WorkflowLimits.MDO_CONCLUSION, "error.mdo.conclusion");
        this.homeAlternatives = required(data.homeAlternatives(), WorkflowLimits.MDO_ALTERNATIVES,
                "error.mdo.alternatives");
        this.createdAt = now;
        this.createdBy = author;
    }

    private static String required(String value, int max, String key) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException(key);
        }
        if (value.strip().length() > max) {
            throw new BusinessRuleException("error.tooLong", max);
        }
        return value.strip();
    }

    MdoData data() {
        return new MdoData(heldOn, participants, conclusion, homeAlternatives);
    }

    Long getId() {
        return id;
    }

    String getCreatedBy() {
        return createdBy;
    }
}
