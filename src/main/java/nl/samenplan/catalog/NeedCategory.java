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

    /**
     * Other words people use for it, separated by commas ("winkelen, supermarkt"): the client's own words are
     * matched by them and by the name (issue 12). Empty when there are none.
     */
    @Column(length = CatalogLimits.SYNONYMS)
    @Size(max = CatalogLimits.SYNONYMS)
    private String synonyms;

    /** The funding domain its professional care usually falls under (household help: Wmo), or empty (issue 12). */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "usual_domain", length = 10)
    private FundingDomain usualDomain;

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

    /** Sets the other words: one list, separated by commas, each word once, as typed; none is empty. */
    public void changeSynonyms(String newSynonyms) {
        java.util.List<String> words = synonymList(newSynonyms);
        String joined = String.join(", ", words);
        if (joined.length() > CatalogLimits.SYNONYMS) {
            throw new nl.samenplan.base.InvalidInputException("synonyms", "error.tooLong", CatalogLimits.SYNONYMS);
        }
        this.synonyms = joined.isEmpty() ? null : joined;
    }

    /** The other words, each once (ignoring case), in the order typed. */
    public java.util.List<String> getSynonyms() {
        return synonymList(synonyms);
    }

    static java.util.List<String> synonymList(String text) {
        if (text == null || text.isBlank()) {
            return java.util.List.of();
        }
        java.util.Map<String, String> words = new java.util.LinkedHashMap<>();
        for (String word : text.split("[,;\\n]")) {
            String w = word.strip().replaceAll("\\s+", " ");
            if (!w.isEmpty()) {
                words.putIfAbsent(w.toLowerCase(java.util.Locale.ROOT), w);
            }
        }
        return java.util.List.copyOf(words.values());
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

    public FundingDomain getUsualDomain() {
        return usualDomain;
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
