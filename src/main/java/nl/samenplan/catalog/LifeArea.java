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

/** A life area of the plan (Gezondheid, Wonen, ...): the beheerder keeps the list. */
@Entity
@Table(name = "life_area")
public class LifeArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = CatalogLimits.ITEM_NAME)
    @NotBlank
    @Size(max = CatalogLimits.ITEM_NAME)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    /** Who changed it last (empty for entries not changed since issue 11). */
    @jakarta.validation.constraints.Size(max = 120)
    @Column(name = "changed_by", length = 120)
    private String changedBy;

    protected LifeArea() {
    }

    public LifeArea(String name, int sortOrder) {
        rename(name);
        this.sortOrder = sortOrder;
    }

    public void rename(String newName) {
        this.name = CatalogNames.required(newName, CatalogLimits.ITEM_NAME);
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

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LifeArea other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return LifeArea.class.hashCode();
    }
}
