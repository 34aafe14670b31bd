package nl.samenplan.base;

/**
 * A save was based on what the user saw, and someone changed the record since: the refusal names who did it
 * when that is known (message key {@code key} with the name as {0}), and otherwise says "someone else" (message
 * key {@code key + ".someone"}). Every such message also says that the user's own input is still there.
 */
public final class Changed {

    private Changed() {
    }

    public static BusinessRuleException meanwhile(String key, String by, Object... more) {
        if (by == null || by.isBlank()) {
            return new BusinessRuleException(key + ".someone", more);
        }
        Object[] parameters = new Object[more.length + 1];
        parameters[0] = by;
        System.arraycopy(more, 0, parameters, 1, more.length);
        return new BusinessRuleException(key, parameters);
    }
}
