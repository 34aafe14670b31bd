package nl.samenplan.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;

/** One of a user's ten recovery codes, kept only as a BCrypt hash; usable once. */
@Entity
@Table(name = "recovery_code")
class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "code_hash", nullable = false, length = SecurityLimits.RECOVERY_CODE_HASH)
    @Size(max = SecurityLimits.RECOVERY_CODE_HASH)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(long userId, String codeHash) {
        this.userId = userId;
        this.codeHash = Objects.requireNonNull(codeHash);
    }

    void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("A recovery code is used once");
        }
        this.usedAt = now;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    String getCodeHash() {
        return codeHash;
    }
}
