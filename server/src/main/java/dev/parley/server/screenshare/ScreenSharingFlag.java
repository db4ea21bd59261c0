package dev.parley.server.screenshare;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the {@code conferences.screen_sharing_enabled} flag of a live conference at the moment of a share, so a change the
 * host made during the call (PATCH of the conference settings) applies to the next share at once. Ad-hoc rooms (ids not of
 * the meeting shape {@code c-<conferences.id>}) have no row and no settings: sharing is allowed there.
 */
@Repository
class ScreenSharingFlag {
    /** The live id of a meeting's conference, as the lifecycle package issues it. */
    private static final Pattern MEETING_CONFERENCE = Pattern.compile("c-([1-9][0-9]{0,17})");

    private final JdbcClient jdbc;

    ScreenSharingFlag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean enabled(String conferenceId) {
        Matcher matcher = MEETING_CONFERENCE.matcher(conferenceId);
        if (!matcher.matches()) {
            return true;
        }
        return jdbc.sql("SELECT screen_sharing_enabled FROM conferences WHERE id = :id")
                .param("id", Long.parseLong(matcher.group(1)))
                .query(Boolean.class).optional().orElse(true);
    }
}
