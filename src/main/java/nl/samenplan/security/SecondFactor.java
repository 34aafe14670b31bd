package nl.samenplan.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;

/**
 * A user's authenticator app: the shared secret (encrypted), since when it is confirmed (none: enrolment begun, not
 * yet confirmed with a first code) and the last time step whose code was accepted, so no code works twice.
 */
@Entity
@Table(name = "second_factor")
class SecondFactor {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Version
    private long version;

    @Column(name = "secret_encrypted", nullable = false, length = SecurityLimits.SECOND_FACTOR_SECRET)
    @Size(max = SecurityLimits.SECOND_FACTOR_SECRET)
    private String secretEncrypted;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "last_used_step")
    private Long lastUsedStep;

    protected SecondFactor() {
    }

    SecondFactor(long userId, String secretEncrypted, Instant createdAt) {
        this.userId = userId;
        this.secretEncrypted = Objects.requireNonNull(secretEncrypted);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A new secret for an enrolment begun again: the earlier one, never confirmed, is gone. */
    void restart(String newSecretEncrypted, Instant now) {
        if (isConfirmed()) {
            throw new IllegalStateException("A confirmed second factor is removed, not restarted");
        }
        this.secretEncrypted = Objects.requireNonNull(newSecretEncrypted);
        this.createdAt = now;
        this.lastUsedStep = null;
    }

    void confirm(Instant now, long step) {
        this.confirmedAt = now;
        used(step);
    }

    /** The code of this time step was accepted: it and every earlier one are spent. */
    void used(long step) {
        this.lastUsedStep = step;
    }

    boolean isConfirmed() {
        return confirmedAt != null;
    }

    long getUserId() {
        return userId;
    }

    String getSecretEncrypted() {
        return secretEncrypted;
    }

    Instant getConfirmedAt() {
        return confirmedAt;
    }

    Long getLastUsedStep() {
        return lastUsedStep;
    }
}
