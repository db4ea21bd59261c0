package dev.parley.server.user;

import dev.parley.server.problem.InvalidField;
import dev.parley.server.problem.ProblemException;
import dev.parley.server.problem.ProblemType;
import dev.parley.server.problem.ValidationDetail;
import java.util.List;

/**
 * The display name's rule (issue 13): 1 to {@value #MAX} characters once surrounding spaces are stripped; blank means "not
 * set", and the username is shown. Its characters are checked on the way in by {@code TextRule.NAME} (the JSON field's
 * deserializer), like every other name shown to other people.
 */
final class DisplayNames {
    static final int MAX = 64;

    private DisplayNames() {
    }

    /** The name to store: stripped, or null for blank (not set). */
    static String normalize(String given) {
        String name = given == null ? "" : given.strip();
        if (name.length() > MAX) {
            List<InvalidField> errors = List.of(new InvalidField("display_name", "must be at most " + MAX + " characters long"));
            throw ProblemException.invalid(ProblemType.VALIDATION, ValidationDetail.of(errors), errors);
        }
        return name.isEmpty() ? null : name;
    }
}
