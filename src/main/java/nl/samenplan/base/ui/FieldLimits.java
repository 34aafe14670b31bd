package nl.samenplan.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.constraints.Size;
import java.util.OptionalInt;

/**
 * A field's {@code maxLength} read from the {@code @Size} of the input bean it fills, so that what the browser
 * lets people type, what the service accepts and what the column holds are one number (the constant in the
 * feature's limits class) and cannot drift.
 */
public final class FieldLimits {

    private FieldLimits() {
    }

    /** The {@code @Size(max)} of a property (a record component or a field) of the bean, if it has one. */
    public static OptionalInt maxLength(Class<?> bean, String property) {
        try {
            Size size = bean.getDeclaredField(property).getAnnotation(Size.class);
            return size == null ? OptionalInt.empty() : OptionalInt.of(size.max());
        } catch (NoSuchFieldException e) {
            throw new IllegalArgumentException(bean.getSimpleName() + " has no field " + property, e);
        }
    }

    /** Sets the field's {@code maxLength} to the bean's limit; a text property without a limit is a mistake. */
    public static <C extends Component> C apply(C field, Class<?> bean, String property) {
        int max = maxLength(bean, property).orElseThrow(() -> new IllegalArgumentException(
                bean.getSimpleName() + "." + property + " has no @Size"));
        if (field instanceof TextField text) {
            text.setMaxLength(max);
        } else if (field instanceof TextArea area) {
            area.setMaxLength(max);
        } else if (field instanceof EmailField email) {
            email.setMaxLength(max);
        } else if (field instanceof PasswordField password) {
            password.setMaxLength(max);
        }
        return field;
    }
}
