package nl.samenplan.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * What kind of help a need asks for (vervoer, boodschappen, wondzorg, ...). Categories that are
 * professional by nature (wondzorg, injecties) go straight to professional care.
 */
@Entity
@Table(name = "need_category")
public class NeedCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = CatalogLimits.ITEM_NAME)
    @NotBlank
    @Size(max = CatalogLimits.ITEM_NAME)
    private String name;

    @Column(name = "professional_by_nature", nullable = false)
    private boolean professionalByNature;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    /** Who changed it last (empty for entries not changed since issue 11). */
    @jakarta.validation.constraints.Size(max = 120)
    @Column(name = "changed_by", length = 120)
    private String changedBy;

    protected NeedCategory() {
    }

    public NeedCategory(String name, boolean professionalByNature, int sortOrder) {
        change(name, professionalByNature);
        this.sortOrder = sortOrder;
    }

    public void change(String newName, boolean newProfessionalByNature) {
        this.name = CatalogNames.required(newName, CatalogLimits.ITEM_NAME);
        this.professionalByNature = newProfessionalByNature;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** Its place in the list; only a real move is stamped with who made it. */
    void moveTo(int newSortOrder, String by) {
        if (newSortOrder != sortOrder) {
            this.sortOrder = newSortOrder;
            this.changedBy = by;
        }
    }

    void changedBy(String by) {
        this.changedBy = by;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public boolean isProfessionalByNature() {
        return professionalByNature;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NeedCategory other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return NeedCategory.class.hashCode();
    }
}
