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

    void setValue(long value) {
        this.value = value;
    }
}
