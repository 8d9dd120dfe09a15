package org.imroc.tracker.user;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link WithinBcryptLimit}. */
public class WithinBcryptLimitValidator implements ConstraintValidator<WithinBcryptLimit, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Passwords.fitsBcrypt(value);
    }
}
