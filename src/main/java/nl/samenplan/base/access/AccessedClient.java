package nl.samenplan.base.access;

/**
 * Names the client of the {@link LogsAccess} call that is running, for a method that reaches the client through
 * something else (a task, a need): call {@link #is(long)} once the method has resolved it. Outside a logged call it
 * does nothing.
 */
public final class AccessedClient {

    private static final ThreadLocal<Call> CURRENT = new ThreadLocal<>();

    private AccessedClient() {
    }

    /** This call is about this client. */
    public static void is(long clientId) {
        Call call = CURRENT.get();
        if (call != null && call.clientId == null) {
            call.clientId = clientId;
        }
    }

    /** This call is done for someone else: a naaste whose task the plan owner ticks off for them. */
    public static void onBehalfOf(String who) {
        Call call = CURRENT.get();
        if (call != null && who != null && !who.isBlank()) {
            call.onBehalfOf = who;
        }
    }

    /**
     * For the access log's interceptor: starts a logged call on this thread; null when one is running already (the
     * outer call is the one logged).
     */
    public static Call start(Long clientId) {
        if (CURRENT.get() != null) {
            return null;
        }
        Call call = new Call(clientId);
        CURRENT.set(call);
        return call;
    }

    /** For the access log's interceptor: the logged call has ended. */
    public static void end() {
        CURRENT.remove();
    }

    /** The client a logged call turned out to be about. */
    public static final class Call {

        private Long clientId;
        private String onBehalfOf;

        private Call(Long clientId) {
            this.clientId = clientId;
        }

        public Long clientId() {
            return clientId;
        }

        /** Whom the call was done for, if not for the person calling. */
        public String onBehalfOf() {
            return onBehalfOf;
        }
    }
}
