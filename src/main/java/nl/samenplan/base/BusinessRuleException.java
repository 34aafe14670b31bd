package nl.samenplan.base;

/**
 * A rule said no. Carries a message key and parameters so that the UI can tell the user, in their
 * language, what happened and what to do; never shown as a stack trace.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] parameters;

    public BusinessRuleException(String messageKey, Object... parameters) {
        super(messageKey);
        this.messageKey = messageKey;
        this.parameters = parameters.clone();
    }

    /** The message that a client does not exist or is not of the user's team (the two look the same). */
    public static final String CLIENT_NOT_FOUND = "error.client.notFound";

    /**
     * Runs the team check of a record's client; when it finds no such client (the record is another team's), says
     * what is said of a record that does not exist, so that nothing tells that another team's record is there.
     */
    public static void asMissing(String recordNotFoundKey, Runnable teamCheck) {
        try {
            teamCheck.run();
        } catch (BusinessRuleException e) {
            if (CLIENT_NOT_FOUND.equals(e.messageKey())) {
                throw new BusinessRuleException(recordNotFoundKey);
            }
            throw e;
        }
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] parameters() {
        return parameters.clone();
    }
}
