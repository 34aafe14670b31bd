package nl.samenplan.waitinglist;

import java.sql.SQLException;
import java.util.function.Supplier;
import nl.samenplan.base.BusinessRuleException;
import org.springframework.dao.DataAccessException;

/**
 * The database's own guards of the waiting list (Liquibase 015), told in Dutch: the unique index on the open
 * period of a client and the triggers that refuse overlapping periods. The service checks the same rules
 * first; these come into play when two people act at the same moment, or the old application version does.
 */
final class WaitingListConstraints {

    /** The unique index on {@code open_client_id}: one open period per client. */
    static final String ONE_OPEN_PERIOD = "uq_wle_open_client";
    /** The messages of the triggers' SIGNAL (SQLSTATE 45000): already an open period, or an overlap. */
    static final String ALREADY_OPEN = "waiting_list_period_open";
    static final String NO_OVERLAP = "waiting_list_period_overlap";

    private static final int DUPLICATE_KEY = 1062;
    private static final String SIGNALLED = "45000";

    private WaitingListConstraints() {
    }

    /** Runs a write that reaches the database now (a save and flush) and translates the guards' refusals. */
    static <T> T guard(Supplier<T> write) {
        try {
            return write.get();
        } catch (DataAccessException e) {
            throw translated(e);
        }
    }

    private static RuntimeException translated(DataAccessException e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String message = String.valueOf(sql.getMessage());
                if (sql.getErrorCode() == DUPLICATE_KEY && message.contains(ONE_OPEN_PERIOD)
                        || SIGNALLED.equals(sql.getSQLState()) && message.contains(ALREADY_OPEN)) {
                    return new BusinessRuleException("error.waitinglist.alreadyOn");
                }
                if (SIGNALLED.equals(sql.getSQLState()) && message.contains(NO_OVERLAP)) {
                    return new BusinessRuleException("error.waitinglist.overlap");
                }
            }
        }
        return e;
    }
}
