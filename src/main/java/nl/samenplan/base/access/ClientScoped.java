package nl.samenplan.base.access;

/**
 * A read model about one client: what a {@link LogsAccess} method returns when it is called with something else
 * than the client's id (a task, a plan version), so that the access log can still name the client.
 */
public interface ClientScoped {

    long clientId();
}
