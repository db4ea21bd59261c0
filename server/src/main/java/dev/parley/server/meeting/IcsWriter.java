package dev.parley.server.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes RFC 5545 iCalendar text: a VCALENDAR of VEVENTs with UTC DATE-TIMEs (§3.3.5 form #2), RRULE and EXDATE for a series,
 * one extra VEVENT with RECURRENCE-ID per moved occurrence (§3.8.4.4), TEXT escaping (§3.3.11), CRLF line ends and lines
 * folded at 75 octets (§3.1). Pure: no I/O, no clock.
 */
final class IcsWriter {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
    private static final int MAX_LINE_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    /** One meeting with what the calendar entry needs beyond the row. */
    record Event(Meeting meeting, String hostEmail, List<Invitee> invitees, Collection<OccurrenceChanges.Change> changes,
                 String joinUrl, String uidDomain) {
    }

    static String calendar(String name, List<Event> events, Instant stamp) {
        IcsWriter writer = new IcsWriter();
        writer.line("BEGIN:VCALENDAR");
        writer.line("VERSION:2.0");
        writer.line("PRODID:-//Parley//Meetings//EN");
        writer.line("CALSCALE:GREGORIAN");
        writer.line("METHOD:PUBLISH");
        writer.line("X-WR-CALNAME:" + text(name));
        for (Event event : events) {
            writer.event(event, stamp);
        }
        writer.line("END:VCALENDAR");
        return writer.out.toString();
    }

    private void event(Event event, Instant stamp) {
        Meeting m = event.meeting();
        String uid = "meeting-" + m.id() + "@" + event.uidDomain();
        line("BEGIN:VEVENT");
        common(event, uid, stamp, m.startTime(), m.endTime());
        if (m.recurrenceRule() != null) {
            line("RRULE:" + m.recurrenceRule());
            for (OccurrenceChanges.Change change : event.changes()) {
                if (change.cancelled()) {
                    line("EXDATE:" + UTC.format(change.occurrenceStart()));
                }
            }
        }
        line("STATUS:" + (m.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line("END:VEVENT");
        if (m.recurrenceRule() == null) {
            return;
        }
        for (OccurrenceChanges.Change change : event.changes()) {
            if (!change.cancelled()) {
                line("BEGIN:VEVENT");
                common(event, uid, stamp, change.start(), change.end());
                line("RECURRENCE-ID:" + UTC.format(change.occurrenceStart()));
                line("STATUS:" + (m.cancelled() ? "CANCELLED" : "CONFIRMED"));
                line("END:VEVENT");
            }
        }
    }

    private void common(Event event, String uid, Instant stamp, Instant start, Instant end) {
        Meeting m = event.meeting();
        line("UID:" + uid);
        line("DTSTAMP:" + UTC.format(stamp));
        line("DTSTART:" + UTC.format(start));
        line("DTEND:" + UTC.format(end));
        line("SUMMARY:" + text(m.title()));
        String description = m.description().isBlank() ? "" : m.description() + "\n\n";
        line("DESCRIPTION:" + text(description + "Join: " + event.joinUrl()));
        line("URL:" + event.joinUrl());
        line("LOCATION:" + text(event.joinUrl()));
        line("ORGANIZER;CN=" + param(m.hostUsername()) + ":mailto:" + event.hostEmail());
        for (Invitee invitee : event.invitees()) {
            line("ATTENDEE;CN=" + param(invitee.username()) + ";ROLE=REQ-PARTICIPANT;PARTSTAT="
                    + PARTSTAT.getOrDefault(invitee.status(), "NEEDS-ACTION") + ":mailto:" + invitee.email());
        }
    }

    private static final Map<String, String> PARTSTAT = Map.of("invited", "NEEDS-ACTION", "accepted", "ACCEPTED",
            "declined", "DECLINED", "tentative", "TENTATIVE");

    /** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as \n. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A parameter value (RFC 5545 §3.2): quoted, with the characters a quoted value cannot hold removed. */
    static String param(String value) {
        return "\"" + value.replaceAll("[\"\\p{Cntrl}]", "") + "\"";
    }

    /** Appends one content line, folded: CRLF + one space before every 75th octet, never inside a UTF-8 sequence. */
    private void line(String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_LINE_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
