package dev.parley.server.meeting;

import java.time.Instant;

/**
 * One occurrence of a meeting in a listing: where it really happens ({@code start}/{@code end}, moved or not) and, for a
 * series, the start the rule generated ({@code occurrenceStart}), which names the occurrence when it is cancelled or moved.
 */
record Occurrence(Meeting meeting, Instant start, Instant end, Instant occurrenceStart, boolean cancelled) {
}
