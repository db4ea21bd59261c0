package dev.parley.server.problem;

import java.util.List;

/** The one-sentence summary of a validation problem; the per-field reasons are in the {@code errors} member. */
public final class ValidationDetail {
    private ValidationDetail() {
    }

    public static String of(List<InvalidField> errors) {
        if (errors.size() == 1) {
            InvalidField only = errors.getFirst();
            return "Field '" + only.field() + "' " + only.message() + ".";
        }
        return errors.size() + " fields are invalid: "
                + String.join(", ", errors.stream().map(InvalidField::field).distinct().toList()) + ".";
    }
}
