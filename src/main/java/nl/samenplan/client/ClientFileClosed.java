package nl.samenplan.client;

/**
 * A client file was just closed, published inside the transaction that closes it: the features that hold work for
 * the client end it in the same transaction (the tasks that were still to do go), or refuse the closing.
 */
public record ClientFileClosed(long clientId, long teamId) {
}
