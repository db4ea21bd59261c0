package dev.parley.server.conference;

import java.util.regex.Pattern;

/**
 * The rule for a conference id as people type it in a URL ({@code /c/<id>}): 3–64 characters of lower-case letters, digits and
 * dashes, so it is safe in paths, logs and metric labels without escaping.
 */
public final class ConferenceId {
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9-]{3,64}");

    private ConferenceId() {
    }

    public static boolean isValid(String id) {
        return id != null && FORMAT.matcher(id).matches();
    }
}
