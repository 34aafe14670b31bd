package nl.samenplan.base;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What went wrong, in words for the user: every error a screen can meet is put in one {@link Kind}, with the Dutch
 * message to show after an action (a notification; the form stays as it was) and the text of the error page when it
 * happened while a page opened. The views' error handler and the error page both ask here, so the same failure reads
 * the same everywhere. The whole cause chain is read, however Spring, Hibernate, JPA or the JDBC driver wrapped it.
 */
public final class ErrorMessages {

    /** The kinds of error. A rule anywhere in the chain wins; then the first kind, in {@link #classify}'s order. */
    public enum Kind {
        /** A rule said no ({@link BusinessRuleException}): its own message. */
        RULE(null, null, false),
        /** The user's role may not do this. */
        ACCESS_DENIED("error.accessDenied", "error.accessDenied", false),
        /** Someone else saved this record after the user opened it (optimistic locking). */
        CONCURRENT_CHANGE("error.concurrentChange", "error.page.concurrentChange", false),
        /** The browser went away (tab closed, connection dropped) while the answer was being sent: no one to tell. */
        CLIENT_GONE(null, "error.page.unexpected", false),
        /** A lock wait timed out, a deadlock was broken or a query took too long: try again in a moment. */
        BUSY("error.busy", "error.page.busy", false),
        /** No connection to the database could be had. */
        DATABASE_UNREACHABLE("error.databaseUnreachable", "error.page.databaseUnreachable", false),
        /** A unique key or a reference said no: someone saved the same thing (or removed what it refers to) just now. */
        SAVED_AT_THE_SAME_TIME("error.savedAtTheSameTime", "error.page.savedAtTheSameTime", false),
        /** The database refused a value (too long, missing, out of range): a check in the form missed it. */
        INVALID_VALUE("error.invalidValue", "error.page.unexpected", true),
        /** Anything else: a fault, with a reference that is also in the log. */
        UNEXPECTED("error.unexpected", "error.page.unexpected", true);

        private final String messageKey;
        private final String pageKey;
        private final boolean fault;

        Kind(String messageKey, String pageKey, boolean fault) {
            this.messageKey = messageKey;
            this.pageKey = pageKey;
            this.fault = fault;
        }

        /** The notification after an action; a fault's message has the reference as its parameter {0}. */
        public String messageKey() {
            return messageKey;
        }

        /**
         * The error page's keys start with this: {@code .title} is its heading, {@code .text} its text; {@code null}
         * for a rule, whose page shows the rule's own message.
         */
        public String pageKey() {
            return pageKey;
        }

        /** A fault of the application, logged as an error with its stack trace; the others are expected. */
        public boolean fault() {
            return fault;
        }
    }

    /** The kind, and for a rule its key and parameters. */
    public record Classification(Kind kind, String messageKey, Object[] parameters) {

        public Classification {
            parameters = parameters == null ? new Object[0] : parameters.clone();
        }

        @Override
        public Object[] parameters() {
            return parameters.clone();
        }

        /** A rule whose key says that what was asked for does not exist (e.g. error.plan.revisionNotFound). */
        public boolean notFound() {
            return kind == Kind.RULE && messageKey != null && messageKey.toLowerCase(Locale.ROOT).endsWith("notfound");
        }
    }

    /** MariaDB/MySQL error codes: lock wait timeout, deadlock, NOWAIT lock, statement time-outs. */
    private static final Set<Integer> BUSY_CODES = Set.of(1205, 1213, 3572, 1969, 3024);
    /** Duplicate key (1062, 1022, 1586, 1557); a row referring to one just removed (1452, 1216). */
    private static final Set<Integer> SAME_TIME_CODES = Set.of(1062, 1022, 1586, 1557, 1452, 1216);
    /** A row that others still refer to cannot be removed (1451, 1217): the service should have said so. */
    private static final Set<Integer> STILL_REFERENCED_CODES = Set.of(1451, 1217);
    /** Too long (1406), null (1048), out of range (1264), wrong value (1366, 1292), CHECK constraint (4025, 3819). */
    private static final Set<Integer> INVALID_VALUE_CODES = Set.of(1406, 1048, 1264, 1366, 1292, 4025, 3819);

    private ErrorMessages() {
    }

    /** The message key to show after an action (a rule's own key for a rule). */
    public static String keyFor(Throwable throwable) {
        return classify(throwable).messageKey();
    }

    public static Classification classify(Throwable throwable) {
        List<Throwable> chain = chain(throwable);
        for (Throwable t : chain) {
            if (t instanceof BusinessRuleException rule) {
                return new Classification(Kind.RULE, rule.messageKey(), rule.parameters());
            }
        }
        for (Throwable t : chain) {
            if (t instanceof jakarta.validation.ConstraintViolationException invalid) {
                // an entity refused at flush: a field the form did not check; still our words, never Hibernate's
                BusinessRuleException rule = InputValidation.toException(invalid.getConstraintViolations());
                return new Classification(Kind.RULE, rule.messageKey(), rule.parameters());
            }
        }
        // a refused value before a key (MariaDB says 23000 for a missing value too); the database before the browser
        // (a reset connection to the database must not pass for a closed tab)
        for (Kind kind : List.of(Kind.ACCESS_DENIED, Kind.CONCURRENT_CHANGE, Kind.BUSY, Kind.DATABASE_UNREACHABLE,
                Kind.INVALID_VALUE, Kind.SAVED_AT_THE_SAME_TIME, Kind.CLIENT_GONE)) {
            for (Throwable t : chain) {
                if (is(kind, t)) {
                    return new Classification(kind, kind.messageKey(), null);
                }
            }
        }
        return new Classification(Kind.UNEXPECTED, Kind.UNEXPECTED.messageKey(), null);
    }

    /** A short reference for the user to pass on, also written in the log line. */
    public static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The throwable and its causes, from outside in; a cause met twice ends the walk. */
    public static List<Throwable> chain(Throwable throwable) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = throwable; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static boolean is(Kind kind, Throwable t) {
        return switch (kind) {
            case ACCESS_DENIED -> t instanceof AccessDeniedException;
            case CONCURRENT_CHANGE -> t instanceof OptimisticLockingFailureException
                    || named(t, "jakarta.persistence.OptimisticLockException", "org.hibernate.StaleStateException",
                    "org.hibernate.StaleObjectStateException");
            case CLIENT_GONE -> clientGone(t);
            case BUSY -> t instanceof PessimisticLockingFailureException || t instanceof QueryTimeoutException
                    || t instanceof java.sql.SQLTimeoutException || t instanceof java.sql.SQLTransactionRollbackException
                    || named(t, "jakarta.persistence.PessimisticLockException", "jakarta.persistence.LockTimeoutException",
                    "jakarta.persistence.QueryTimeoutException", "org.hibernate.PessimisticLockException",
                    "org.hibernate.exception.LockAcquisitionException", "org.hibernate.exception.LockTimeoutException",
                    "org.hibernate.QueryTimeoutException")
                    || sql(t, BUSY_CODES, "40");
            case DATABASE_UNREACHABLE -> t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException
                    || named(t, "org.hibernate.exception.JDBCConnectionException")
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || brokenConnection(t);
            // a key the database itself refused (its SQL error decides); Hibernate's own not-null check, with no SQL
            // beneath, and a row that cannot be removed because others refer to it, are faults
            case SAVED_AT_THE_SAME_TIME -> t instanceof org.springframework.dao.DuplicateKeyException
                    || sql(t, SAME_TIME_CODES, "23") && !sql(t, STILL_REFERENCED_CODES, null);
            case INVALID_VALUE -> sql(t, INVALID_VALUE_CODES, "22");
            default -> false;
        };
    }

    /**
     * The pool's words for a connection it found broken and closed under the caller (HikariCP, after the server went
     * away mid-transaction): the rollback that follows meets this, without an SQL state, and Spring throws it instead
     * of the first error.
     */
    private static boolean brokenConnection(Throwable t) {
        return t instanceof SQLException sql && sql.getSQLState() == null
                && "Connection is closed".equals(sql.getMessage());
    }

    private static boolean sql(Throwable t, Set<Integer> codes, String stateClass) {
        return t instanceof SQLException sql && (codes.contains(sql.getErrorCode())
                || stateClass != null && sql.getSQLState() != null && sql.getSQLState().startsWith(stateClass));
    }

    /** Tomcat, Jetty and Spring say it their own way; underneath is an I/O error on a socket the browser closed. */
    private static boolean clientGone(Throwable t) {
        if (named(t, "org.apache.catalina.connector.ClientAbortException", "org.eclipse.jetty.io.EofException",
                "org.springframework.web.context.request.async.AsyncRequestNotUsableException")) {
            return true;
        }
        if (t instanceof IOException && t.getMessage() != null) {
            String message = t.getMessage().toLowerCase(Locale.ROOT);
            return message.contains("broken pipe") || message.contains("connection reset by peer")
                    || message.contains("an established connection was aborted");
        }
        return false;
    }

    /** By name, so that a class that is not on the class path (Jetty, one JPA provider or another) costs nothing. */
    private static boolean named(Throwable t, String... classNames) {
        for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
            for (String name : classNames) {
                if (type.getName().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
