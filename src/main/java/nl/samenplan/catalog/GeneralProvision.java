package nl.samenplan.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A general provision (algemene voorziening): help open to everyone without an indication, such as a
 * meal service, day activities, Welzijn op Recept or the community centre. Rung 3 of the ladder.
 */
@Entity
@Table(name = "general_provision")
public class GeneralProvision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = CatalogLimits.PROVISION_NAME)
    @NotBlank
    @Size(max = CatalogLimits.PROVISION_NAME)
    private String name;

    @Column(length = CatalogLimits.PROVISION_DESCRIPTION)
    @Size(max = CatalogLimits.PROVISION_DESCRIPTION)
    private String description;

    /** Empty: the whole area of the team. */
    @Column(length = CatalogLimits.PROVISION_VILLAGE)
    @Size(max = CatalogLimits.PROVISION_VILLAGE)
    private String village;

    @ElementCollection
    @CollectionTable(name = "general_provision_category", joinColumns = @JoinColumn(name = "provision_id"))
    @Column(name = "need_category_id", nullable = false)
    private Set<Long> categories = new HashSet<>();

    @Column(nullable = false)
    private boolean active = true;

    /** Gives a mantelzorger a break (respijtzorg): suggested when a caregiver is overburdened. */
    @Column(nullable = false)
    private boolean respite;

    protected GeneralProvision() {
    }

    public GeneralProvision(String name, String description, String village, Set<Long> categories) {
        this(name, description, village, categories, false);
    }

    public GeneralProvision(String name, String description, String village, Set<Long> categories, boolean respite) {
        change(name, description, village, categories, true, respite);
    }

    public void change(String newName, String newDescription, String newVillage, Set<Long> newCategories,
            boolean newActive, boolean newRespite) {
        this.name = CatalogNames.required(newName, CatalogLimits.PROVISION_NAME);
        this.description = CatalogNames.optional(newDescription, CatalogLimits.PROVISION_DESCRIPTION);
        this.village = CatalogNames.optional(newVillage, CatalogLimits.PROVISION_VILLAGE);
        this.categories.clear();
        this.categories.addAll(newCategories);
        this.active = newActive;
        this.respite = newRespite;
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

    public String getDescription() {
        return description;
    }

    public String getVillage() {
        return village;
    }

    public Set<Long> getCategories() {
        return Set.copyOf(categories);
    }

    public boolean isActive() {
        return active;
    }

    public boolean isRespite() {
        return respite;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeneralProvision other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return GeneralProvision.class.hashCode();
    }
}
