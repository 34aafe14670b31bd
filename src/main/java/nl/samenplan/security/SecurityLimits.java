package nl.samenplan.security;

/**
 * The length of every text about users, teams and organisations: one number per column, used by the Liquibase
 * column (checked by a test), the entity's {@code @Column}/{@code @Size}, the input record's {@code @Size} and the
 * form field's {@code maxLength}. And BCrypt's limit on a password.
 */
public final class SecurityLimits {

    public static final int USERNAME = 60;
    public static final int PASSWORD_HASH = 100;
    public static final int DISPLAY_NAME = 120;
    public static final int ROLE = 40;
    public static final int TEAM_NAME = 120;
    public static final int TEAM_AREA = 120;
    public static final int ORGANISATION_NAME = 120;
    /** The user's own phone number, as the client's (the plan owner's is printed on the plan as the contact). */
    public static final int PHONE = 30;
    /** BCrypt reads at most 72 bytes of a password (UTF-8: fewer characters with accents or emoji). */
    public static final int PASSWORD_BYTES = 72;
    /** The second factor's secret, encrypted (AES-GCM, hex): 32 Base32 characters become 128 hex digits. */
    public static final int SECOND_FACTOR_SECRET = 200;
    /** A recovery code's BCrypt hash (60 characters). */
    public static final int RECOVERY_CODE_HASH = 100;

    private SecurityLimits() {
    }
}
