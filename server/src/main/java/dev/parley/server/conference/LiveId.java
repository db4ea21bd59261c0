package dev.parley.server.conference;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live conference id of a started meeting: {@code c-<conferences.id>}, which fits {@link ConferenceId}'s rule and is
 * reserved: ids of this shape are governed by meeting rules (join tokens, the meeting's host), every other id is an ad-hoc
 * room (any signed-in user may join; the first joiner hosts). The one place that knows the pattern.
 */
public final class LiveId {
    private static final Pattern FORMAT = Pattern.compile("c-([1-9][0-9]{0,17})");

    private LiveId() {
    }

    public static String of(long conferenceRowId) {
        return "c-" + conferenceRowId;
    }

    /** The conferences row id of a live id, or empty when {@code id} is not of the reserved shape (never throws). */
    public static OptionalLong rowId(String id) {
        if (id == null) {
            return OptionalLong.empty();
        }
        Matcher matcher = FORMAT.matcher(id);
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }

    /** True for a meeting's conference, false for an ad-hoc room. */
    public static boolean isMeeting(String id) {
        return rowId(id).isPresent();
    }
}
