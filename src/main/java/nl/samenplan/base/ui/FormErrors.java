package nl.samenplan.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.AbstractNumberField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.InvalidInputException;

/**
 * Tells the user at the field what does not fit. A form names its fields by their path in the input bean
 * ({@link #field}); a refused save then marks each named field invalid with the Dutch message and sums up in the
 * form's error block; a message no field is known for goes to the block. With {@link #bean} the fields also get
 * the bean's length limit ({@link FieldLimits}). Before a save, {@link #readable} refuses a date or number the
 * browser could not read, which the server would otherwise see as empty and store as nothing.
 */
public final class FormErrors {

    private final Component block;
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final Map<String, Component> byMessageKey = new HashMap<>();
    private final Set<Component> marked = new LinkedHashSet<>();
    private Class<?> bean;

    /** {@code block} is the form's error paragraph (a component with text), shown only while there is a problem. */
    public <B extends Component & HasText> FormErrors(B block) {
        this.block = block;
    }

    /** The input bean the following fields fill: each text field gets its {@code @Size} as {@code maxLength}. */
    public FormErrors bean(Class<?> inputBean) {
        this.bean = inputBean;
        return this;
    }

    /** A field of the form, by its path in the input; with a bean set, a text field gets the bean's limit. */
    public <C extends Component & HasValidation> FormErrors field(String path, C field, String... ruleKeys) {
        fields.put(path, field);
        for (String key : ruleKeys) {
            byMessageKey.put(key, field);
        }
        if (bean != null && field instanceof HasValue<?, ?> value && value.getEmptyValue() instanceof String) {
            FieldLimits.apply(field, bean, path);
        }
        return this;
    }

    /** Forgets the fields whose path starts with {@code prefix} (rows of a list that is filled again). */
    public FormErrors forget(String prefix) {
        fields.keySet().removeIf(path -> path.startsWith(prefix));
        return this;
    }

    /** Takes away the marks of an earlier refusal. */
    public void clear() {
        marked.forEach(c -> ((HasValidation) c).setInvalid(false));
        marked.clear();
        block.setVisible(false);
        ((HasText) block).setText("");
    }

    /**
     * Whether every date and number field holds what was typed: a date or number the browser could not read
     * (31-02-2025, 12,5 in a whole-number field, a number beyond the field's range) is marked, and the form
     * should not save. Clears the earlier marks first.
     */
    public boolean readable() {
        clear();
        List<String> labels = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        fields.values().forEach(c -> {
            String key = unreadableKey(c);
            if (key != null) {
                messages.add(block.getTranslation(key));
                mark(c, messages.get(messages.size() - 1));
                labels.add(label(c));
            }
        });
        if (labels.isEmpty()) {
            return true;
        }
        summarise(labels, messages, List.of());
        return false;
    }

    /** Shows a refused save: at the fields it names, and in the block. */
    public void show(BusinessRuleException e) {
        clear();
        List<String> labels = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        List<InvalidInputException.FieldProblem> problems = e instanceof InvalidInputException invalid
                ? invalid.problems()
                : List.of(new InvalidInputException.FieldProblem(null, e.messageKey(), e.parameters()));
        for (InvalidInputException.FieldProblem problem : problems) {
            String message = block.getTranslation(problem.messageKey(), problem.parameters());
            Component field = problem.field() == null ? null : fields.get(problem.field());
            if (field == null) {
                field = byMessageKey.get(problem.messageKey());
            }
            if (field != null && field.isVisible()) {
                mark(field, message);
                labels.add(label(field));
                messages.add(message);
            } else {
                elsewhere.add(message);
            }
        }
        summarise(labels, messages, elsewhere);
    }

    private void mark(Component field, String message) {
        HasValidation validation = (HasValidation) field;
        validation.setErrorMessage(message);
        validation.setInvalid(true);
        if (marked.isEmpty() && field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        marked.add(field);
    }

    /** One problem: its message; several: the messages without a field and which fields to check. */
    private void summarise(List<String> labels, List<String> messages, List<String> elsewhere) {
        List<String> parts = new ArrayList<>(elsewhere);
        if (labels.size() == 1 && elsewhere.isEmpty()) {
            parts.add(messages.get(0));
        } else if (!labels.isEmpty()) {
            parts.add(block.getTranslation("error.form.checkFields", String.join(", ", labels)));
        }
        ((HasText) block).setText(String.join(" ", parts));
        block.setVisible(true);
    }

    private static String label(Component field) {
        String label = field instanceof HasLabel labelled ? labelled.getLabel() : null;
        return label == null || label.isBlank() ? field.getTranslation("error.form.thisField") : label;
    }

    private static String unreadableKey(Component field) {
        boolean typed = !field.getElement().getProperty("_inputElementValue", "").isEmpty();
        if (field instanceof DatePicker date && date.isEmpty() && typed) {
            return "error.field.badDate";
        }
        if (field instanceof AbstractNumberField<?, ?> number && number.isEmpty() && typed) {
            return "error.field.badNumber";
        }
        return null;
    }
}
