package nl.samenplan.waitinglist;

import nl.samenplan.client.ClientLimits;

/**
 * The length of every text the waiting list stores: one number per column, used by the Liquibase column (checked
 * by a test), the entity's {@code @Column}/{@code @Size}, the input record's {@code @Size} and the form field's
 * {@code maxLength}.
 */
public final class WaitingListLimits {

    /** The client's village is copied onto the entry, so the column is as long (widened from 80 in 016). */
    public static final int VILLAGE = ClientLimits.VILLAGE;
    public static final int NOTE = 300;
    /** The name of the team member who made the change (a user's display name). */
    public static final int WRITTEN_BY = 120;

    private WaitingListLimits() {
    }
}
