package dev.parley.server.user;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How usernames compare. Two strings a person would read as the same name are one username: compatibility-normalised (NFKC, so
 * the fullwidth "ａｄａ" is "ada", UAX #15) and case-folded. Java has no full case folding; upper- then lower-casing in the root
 * locale, then NFKC again, gives the same result for the folding that matters (including "ß" → "ss"), like Unicode's
 * NFKC_Casefold.
 *
 * <p>Registration accepts only ASCII letters, digits, '_', '.' and '-' after NFKC, so for every stored username this key equals
 * PostgreSQL's {@code lower(username)}: the existing unique index on {@code lower(username)} already enforces "one account per
 * key", and no extra column is needed.
 */
public final class Usernames {
    private Usernames() {
    }

    /** The compatibility form a username is registered in (NFKC); case is kept for display. Null stays null. */
    public static String display(String username) {
        return username == null ? null : Normalizer.normalize(username, Normalizer.Form.NFKC);
    }

    /** The key two usernames are compared by (NFKC + case fold); what login looks up and throttles. Null stays null. */
    public static String key(String username) {
        if (username == null) {
            return null;
        }
        String folded = display(username).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }
}
