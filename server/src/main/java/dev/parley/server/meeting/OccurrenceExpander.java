package dev.parley.server.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Turns a meeting (one-off or series) and its single-occurrence changes into the occurrences overlapping a range. */
final class OccurrenceExpander {
    private OccurrenceExpander() {
    }

    /**
     * Occurrences overlapping [from, to), sorted by start; cancelled ones are kept only when {@code includeCancelled}.
     * A moved occurrence shows at its new time when that overlaps the range, whatever its original time.
     */
    static List<Occurrence> expand(Meeting meeting, Map<Instant, OccurrenceChanges.Change> changes, Instant from, Instant to,
                                   boolean includeCancelled) {
        List<Occurrence> result = new ArrayList<>();
        Recurrence recurrence = meeting.recurrence();
        if (recurrence == null) {
            if (meeting.startTime().isBefore(to) && meeting.endTime().isAfter(from)
                    && (includeCancelled || !meeting.cancelled())) {
                result.add(new Occurrence(meeting, meeting.startTime(), meeting.endTime(), null, meeting.cancelled()));
            }
            return result;
        }
        Duration length = meeting.duration();
        // Generated starts up to `to` (a moved occurrence may come from before `from`); the range filter is applied after.
        Instant earliest = from.minus(Duration.ofDays(400)).isBefore(meeting.startTime()) ? meeting.startTime()
                : from.minus(Duration.ofDays(400));
        for (ZonedDateTime generated : recurrence.starts(meeting.zonedStart(), earliest, to, Recurrence.MAX_OCCURRENCES)) {
            Instant original = generated.toInstant();
            OccurrenceChanges.Change change = changes.get(original);
            boolean cancelled = meeting.cancelled() || (change != null && change.cancelled());
            Instant start = change != null && change.start() != null ? change.start() : original;
            Instant end = change != null && change.end() != null ? change.end() : original.plus(length);
            if (start.isBefore(to) && end.isAfter(from) && (includeCancelled || !cancelled)) {
                result.add(new Occurrence(meeting, start, end, original, cancelled));
            }
        }
        result.sort(Comparator.comparing(Occurrence::start));
        return result;
    }
}
