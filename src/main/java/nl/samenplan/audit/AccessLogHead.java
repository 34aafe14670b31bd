package nl.samenplan.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/**
 * The newest entry of the access log: one row that every writer locks before it appends, so that two writers never
 * chain onto the same entry. The only part of the log that is ever updated; the entries themselves never are.
 */
@Entity
@Table(name = "access_log_head")
class AccessLogHead {

    /** The id of the one row. */
    static final short THE_HEAD = 1;

    @Id
    private Short id;

    @Column(name = "last_entry_id")
    private Long lastEntryId;

    @Column(name = "last_hash", nullable = false, length = AccessLogEntry.HASH, columnDefinition = "char(64)")
    @Size(max = AccessLogEntry.HASH)
    private String lastHash;

    protected AccessLogHead() {
    }

    /** The newest entry's id, or null while the log is empty. */
    Long lastEntryId() {
        return lastEntryId;
    }

    String lastHash() {
        return lastHash;
    }
}
