package nl.samenplan.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

/** One setting, by name; the set of names is fixed by {@link Settings}. */
@Entity
@Table(name = "app_setting")
class Setting {

    @Id
    @Column(length = CatalogLimits.SETTING_NAME)
    @Size(max = CatalogLimits.SETTING_NAME)
    private String name;

    @Version
    private long version;

    @Column(name = "setting_value", nullable = false)
    private long value;

    /** Who changed it last, and when (empty for values stored before issue 11). */
    @jakarta.validation.constraints.Size(max = 120)
    @Column(name = "changed_by", length = 120)
    private String changedBy;

    @Column(name = "changed_at")
    private java.time.Instant changedAt;

    protected Setting() {
    }

    Setting(String name, long value) {
        this.name = name;
        this.value = value;
    }

    String getName() {
        return name;
    }

    long getValue() {
        return value;
    }

    long getVersion() {
        return version;
    }

    String getChangedBy() {
        return changedBy;
    }

    java.time.Instant getChangedAt() {
        return changedAt;
    }

    /** A new value; only a value that really changes is stamped with who and when (and gets a new version). */
    void change(long newValue, String by, java.time.Instant at) {
        if (newValue != value || changedAt == null) {
            this.value = newValue;
            this.changedBy = by;
            this.changedAt = at;
        }
    }
}
