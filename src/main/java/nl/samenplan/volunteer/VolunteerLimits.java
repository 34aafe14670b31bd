package nl.samenplan.volunteer;

import nl.samenplan.client.ClientLimits;

/**
 * The length of every text the volunteer register stores: one number per column, used by the Liquibase column
 * (checked by a test), the entity's {@code @Column}/{@code @Size}, the input record's {@code @Size} and the form
 * field's {@code maxLength}.
 */
public final class VolunteerLimits {

    public static final int NAME = 120;
    public static final int PHONE = 30;
    public static final int EMAIL = 120;
    /** A volunteer's village is matched with the client's, so it is as long (the column was widened in 016). */
    public static final int VILLAGE = ClientLimits.VILLAGE;
    public static final int TRAINING_NOTE = 300;

    private VolunteerLimits() {
    }
}
