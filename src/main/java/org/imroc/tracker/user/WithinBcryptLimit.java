package org.imroc.tracker.user;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A new password bcrypt reads in full: at most {@link Passwords#MAX_BYTES} bytes in UTF-8. bcrypt ignores every byte
 * after the 72nd, so a longer password would be one whose end does not count (decision 0017). Null is left to
 * {@code @NotNull}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WithinBcryptLimitValidator.class)
public @interface WithinBcryptLimit {

    String message() default
            "must be at most " + Passwords.MAX_BYTES + " bytes in UTF-8 (a character such as é or €" + " takes 2 or 3)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
