package org.stockroom.service.access;

import java.util.ArrayList;
import java.util.List;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.TextRules;

/** What a user name, a password and a PIN must be; each error names its field. */
final class UserRules {

    static final String NAME = "name";
    static final String PASSWORD = "password";
    static final String PIN = "pin";
    static final int MIN_PASSWORD = 8;

    private UserRules() {}

    static List<FieldError> checkName(String name) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new FieldError(NAME, "A user name is required"));
        } else if (name.strip().length() > 100) {
            errors.add(new FieldError(NAME, "A user name is at most 100 characters"));
        } else {
            TextRules.checkCharacters(NAME, "The user name", name).ifPresent(errors::add);
        }
        return errors;
    }

    static List<FieldError> checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return List.of(new FieldError(PASSWORD, "A password needs at least " + MIN_PASSWORD + " characters"));
        }
        return List.of();
    }

    static List<FieldError> checkPin(String pin) {
        if (pin == null || !pin.matches("[0-9]{4,8}")) {
            return List.of(new FieldError(PIN, "A PIN is 4 to 8 digits"));
        }
        return List.of();
    }
}
