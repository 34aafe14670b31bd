package nl.samenplan.client;

/**
 * The length of every text the client feature stores: one number per column, used by the Liquibase column (checked
 * by a test), the entity's {@code @Column}/{@code @Size}, the input record's {@code @Size} and the form field's
 * {@code maxLength}.
 */
public final class ClientLimits {

    public static final int FIRST_NAME = 80;
    public static final int LAST_NAME = 120;
    public static final int CALL_NAME = 80;
    public static final int ADDRESS = 160;
    public static final int POSTCODE = 7;
    public static final int VILLAGE = 120;
    public static final int PHONE = 30;
    public static final int EMAIL = 160;
    public static final int IMPORTANT_TO_ME = 500;

    public static final int MEMBER_NAME = 120;
    public static final int CURRENT_HELP = 500;
    public static final int AVAILABILITY = 200;

    public static final int CHECK_IN_NOTE = 300;
    /** The name of the team member who wrote something down (a user's display name). */
    public static final int WRITTEN_BY = 120;
    /** An organisation's or a representative's name on a consent. */
    public static final int CONSENT_NAME = 120;

    private ClientLimits() {
    }
}
