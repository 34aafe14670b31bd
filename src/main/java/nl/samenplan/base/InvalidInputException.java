package nl.samenplan.base;

import java.util.List;

/**
 * What was typed does not fit: too long, empty where something is needed, an impossible date. Carries, per
 * field, the path of the field in the input bean ("village", "goals[2].text") and a message key with its
 * parameters, so that a form can say it at the field itself. As a {@link BusinessRuleException} it reads as
 * the first problem, so that a screen that does not know the fields still tells the user in plain Dutch.
 */
public class InvalidInputException extends BusinessRuleException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(first(problems).messageKey(), first(problems).parameters());
        this.problems = List.copyOf(problems);
    }

    /** One field that does not fit. */
    public InvalidInputException(String field, String messageKey, Object... parameters) {
        this(List.of(new FieldProblem(field, messageKey, parameters)));
    }

    /** The problems in the order of the fields of the form. */
    public List<FieldProblem> problems() {
        return problems;
    }

    private static FieldProblem first(List<FieldProblem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid input names at least one field");
        }
        return problems.get(0);
    }

    /** A field that does not fit: its path in the input, the message key and its parameters. */
    public record FieldProblem(String field, String messageKey, Object... parameters) {

        public FieldProblem {
            parameters = parameters == null ? new Object[0] : parameters.clone();
        }

        @Override
        public Object[] parameters() {
            return parameters.clone();
        }
    }
}
