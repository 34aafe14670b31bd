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

    public String messageKey() {
        return messageKey;
    }

    public Object[] parameters() {
        return parameters.clone();
    }
}
