package vn.thidua.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.thidua.platform.Texts;

/**
 * Text a person typed, when present: no control characters ("controlCharacters") and at most {@link #max()}
 * characters once stripped ("tooLong"); names and titles take the default of 500.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Text.Check.class)
public @interface Text {

    int max() default Texts.MAX_NAME_LENGTH;

    String message() default "tooLong";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check; a text with control characters is reported as such, not as too long. */
    class Check implements ConstraintValidator<Text, String> {
        private int max;

        @Override
        public void initialize(Text text) {
            max = text.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            if (Texts.hasControlCharacters(value)) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("controlCharacters").addConstraintViolation();
                return false;
            }
            return value.strip().length() <= max;
        }
    }
}
