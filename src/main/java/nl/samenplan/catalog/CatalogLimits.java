package nl.samenplan.catalog;

/**
 * The length of every text the catalogues store: one number per column, used by the Liquibase column (checked by a
 * test), the entity's {@code @Column}/{@code @Size}, the input record's {@code @Size} and the form field's
 * {@code maxLength}.
 */
public final class CatalogLimits {

    /** The name of a life area and of a kind of need. */
    public static final int ITEM_NAME = 80;
    /** The other words for a kind of need ("winkelen, supermarkt"), by which the client's own words are matched. */
    public static final int SYNONYMS = 500;
    public static final int PROVISION_NAME = 120;
    public static final int PROVISION_DESCRIPTION = 500;
    /** A village of a general provision; as long as a client's village, which it is compared with. */
    public static final int PROVISION_VILLAGE = 120;
    public static final int SETTING_NAME = 60;

    private CatalogLimits() {
    }
}
