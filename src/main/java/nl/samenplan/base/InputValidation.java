package nl.samenplan.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Bean Validation of what people type, told in our own words. Services call {@link #require} on their input
 * beans (the records the forms fill); a violation becomes an {@link InvalidInputException} with, per field, a
 * message key of our bundles, never Hibernate Validator's English text. The same translation serves the
 * violations Hibernate raises when an entity is flushed ({@link #toException}).
 *
 * <p>Message keys: a constraint may name its own key ({@code @NotBlank(message = "error.client.nameRequired")});
 * otherwise the kind of constraint decides: {@code error.field.tooLong} (maximum, length typed),
 * {@code error.field.required}, {@code error.field.atLeast}/{@code atMost} (the bound),
 * {@code error.field.date} (the first and last plausible date) or {@code error.field.invalid}.
 */
public final class InputValidation {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private InputValidation() {
    }

    /** Throws an {@link InvalidInputException} naming every field of the bean that does not fit. */
    public static void require(Object bean) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(bean);
        if (!violations.isEmpty()) {
            throw toException(violations);
        }
    }

    /** The violations as our exception, in the order the fields are declared in their bean. */
    public static InvalidInputException toException(Collection<? extends ConstraintViolation<?>> violations) {
        if (violations == null || violations.isEmpty()) {
            return new InvalidInputException("", "error.field.invalid");
        }
        List<ConstraintViolation<?>> ordered = new ArrayList<>(violations);
        ordered.sort(Comparator.comparingInt(InputValidation::declarationIndex)
                .thenComparing(v -> v.getPropertyPath().toString()));
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<?> violation : ordered) {
            String field = violation.getPropertyPath().toString();
            if (problems.stream().noneMatch(p -> p.field().equals(field))) {
                problems.add(problem(field, violation));
            }
        }
        return new InvalidInputException(problems);
    }

    private static InvalidInputException.FieldProblem problem(String field, ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Object[] parameters = parameters(constraint, violation.getInvalidValue());
        String template = violation.getMessageTemplate();
        String key = template != null && !template.isBlank() && !template.startsWith("{") ? template
                : defaultKey(constraint);
        return new InvalidInputException.FieldProblem(field, key, parameters);
    }

    private static String defaultKey(Annotation constraint) {
        if (constraint instanceof Size) {
            return "error.field.tooLong";
        }
        if (constraint instanceof NotBlank || constraint instanceof NotNull || constraint instanceof NotEmpty) {
            return "error.field.required";
        }
        if (constraint instanceof Min) {
            return "error.field.atLeast";
        }
        if (constraint instanceof Max) {
            return "error.field.atMost";
        }
        if (constraint instanceof PlausibleDate) {
            return "error.field.date";
        }
        return "error.field.invalid";
    }

    private static Object[] parameters(Annotation constraint, Object invalid) {
        if (constraint instanceof Size size) {
            int typed = invalid instanceof CharSequence text ? text.length()
                    : invalid instanceof Collection<?> items ? items.size() : 0;
            return new Object[] {size.max(), typed};
        }
        if (constraint instanceof Min min) {
            return new Object[] {min.value()};
        }
        if (constraint instanceof Max max) {
            return new Object[] {max.value()};
        }
        if (constraint instanceof PlausibleDate) {
            return new Object[] {DutchFormats.date(PlausibleDate.EARLIEST), DutchFormats.date(PlausibleDate.LATEST)};
        }
        return new Object[0];
    }

    /** Where the violated field stands among the fields of its bean (record components in order). */
    private static int declarationIndex(ConstraintViolation<?> violation) {
        Class<?> bean = violation.getRootBeanClass();
        String first = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .map(Path.Node::getName).filter(n -> n != null).findFirst().orElse("");
        List<String> names = bean.isRecord()
                ? Arrays.stream(bean.getRecordComponents()).map(RecordComponent::getName).toList()
                : Arrays.stream(bean.getDeclaredFields()).map(Field::getName).toList();
        int index = names.indexOf(first);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
