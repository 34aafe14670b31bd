package nl.samenplan.base.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public service method whose call the access log records (NEN 7513): a read of a client file, an export or
 * an action of the beheerder. Put it on the service, never on a view, so that no screen can forget it.
 * <p>
 * The client is the method's parameter named {@code clientId}, or the one the method names with
 * {@link AccessedClient#is(long)}, or else the {@link ClientScoped} value it returns; a method without any (a list, an
 * administrator's action) is logged without a client. A logged method called by another is part of that access and
 * not logged again. The entry is written after
 * the method returned (its transaction has committed); a method that refused the caller (another team's client, see
 * the access log) leaves a refused entry. Within one request the same kind of access to the same client
 * is logged once: a page that reads a file through five calls leaves one entry per kind, not five.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface LogsAccess {

    /** What kind of access this method is. */
    AccessEventType value();
}
