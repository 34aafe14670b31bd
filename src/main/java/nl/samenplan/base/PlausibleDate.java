package nl.samenplan.base;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date a person in care can mean: from {@link #EARLIEST} up to and including {@link #LATEST}. Keeps typing
 * slips (0202 for 2020, 20255 for 2025) out of plans, tasks and the waiting list, and every stored date inside
 * what MariaDB's DATE holds. Empty is fine: whether a date is required is another rule.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    LocalDate LATEST = LocalDate.of(2099, 12, 31);

    String message() default "{nl.samenplan.base.PlausibleDate.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check itself. */
    class Check implements ConstraintValidator<PlausibleDate, LocalDate> {

        /** Whether a date lies in the plausible range (empty does). */
        public static boolean isPlausible(LocalDate date) {
            return date == null || !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return isPlausible(value);
        }
    }
}
