package dev.parley.server.meeting;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The RFC 5545 §3.3.10 RRULE subset Parley schedules: {@code FREQ=DAILY|WEEKLY|MONTHLY}, {@code INTERVAL}, {@code BYDAY}
 * (weekly only, plain weekdays such as {@code MO,WE}) and at most one of {@code COUNT} or {@code UNTIL} (UTC,
 * {@code 20270131T235959Z}). Occurrences keep the first one's wall-clock time in the meeting's time zone, so "9:00 every
 * Monday" stays 9:00 across daylight-saving changes; a monthly rule on the 31st skips shorter months (RFC 5545 §3.3.10:
 * invalid dates are ignored, not moved).
 *
 * @param count occurrences in the series, or 0 when not limited by count
 * @param until last allowed occurrence start, or null
 */
record Recurrence(Frequency frequency, int interval, Set<DayOfWeek> byDay, int count, Instant until) {
    /** A series longer than this is a mistake or an attack on the expansion loop; people re-create yearly series. */
    static final int MAX_COUNT = 500;
    static final int MAX_INTERVAL = 99;
    /** How far UNTIL may be after the first occurrence. */
    static final long MAX_UNTIL_YEARS = 5;
    /** Upper bound on any expansion: five years of a daily series fits (1,827). */
    static final int MAX_OCCURRENCES = 2000;

    private static final DateTimeFormatter UNTIL_FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    enum Frequency { DAILY, WEEKLY, MONTHLY }

    Recurrence {
        byDay = byDay.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(byDay));
    }

    /** A rule, or the sentence saying what is wrong with the text (completing "recurrence ..."). */
    record Parsed(Recurrence rule, String error) {
        static Parsed error(String message) {
            return new Parsed(null, message);
        }
    }

    /** Parses the subset; never throws on user text. */
    static Parsed parse(String text) {
        if (text == null || text.isBlank() || text.length() > 200) {
            return Parsed.error("must be an RRULE such as FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10 (at most 200 characters)");
        }
        String body = text.strip();
        if (body.regionMatches(true, 0, "RRULE:", 0, 6)) {
            body = body.substring(6);
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : body.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0 || parts.put(part.substring(0, eq).toUpperCase(Locale.ROOT), part.substring(eq + 1)) != null) {
                return Parsed.error("has a malformed or repeated part '" + part + "'");
            }
        }
        Frequency frequency;
        try {
            frequency = Frequency.valueOf(parts.getOrDefault("FREQ", "").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Parsed.error("must have FREQ=DAILY, FREQ=WEEKLY or FREQ=MONTHLY");
        }
        Set<String> known = Set.of("FREQ", "INTERVAL", "BYDAY", "COUNT", "UNTIL");
        for (String key : parts.keySet()) {
            if (!known.contains(key)) {
                return Parsed.error("uses " + key + ", which Parley does not support (FREQ, INTERVAL, BYDAY, COUNT, UNTIL)");
            }
        }
        int interval = number(parts.get("INTERVAL"), 1);
        if (interval < 1 || interval > MAX_INTERVAL) {
            return Parsed.error("must have an INTERVAL from 1 to " + MAX_INTERVAL);
        }
        Set<DayOfWeek> byDay = EnumSet.noneOf(DayOfWeek.class);
        if (parts.containsKey("BYDAY")) {
            if (frequency != Frequency.WEEKLY) {
                return Parsed.error("may use BYDAY only with FREQ=WEEKLY");
            }
            for (String day : parts.get("BYDAY").split(",")) {
                DayOfWeek value = DAYS.get(day.toUpperCase(Locale.ROOT));
                if (value == null) {
                    return Parsed.error("has an unknown BYDAY day '" + day + "' (use MO, TU, WE, TH, FR, SA, SU)");
                }
                byDay.add(value);
            }
        }
        if (parts.containsKey("COUNT") && parts.containsKey("UNTIL")) {
            return Parsed.error("may have COUNT or UNTIL, not both");
        }
        int count = number(parts.get("COUNT"), 0);
        if (parts.containsKey("COUNT") && (count < 1 || count > MAX_COUNT)) {
            return Parsed.error("must have a COUNT from 1 to " + MAX_COUNT);
        }
        Instant until = null;
        if (parts.containsKey("UNTIL")) {
            try {
                until = Instant.from(UNTIL_FORMAT.parse(parts.get("UNTIL").toUpperCase(Locale.ROOT)));
            } catch (DateTimeParseException e) {
                return Parsed.error("must write UNTIL in UTC as yyyyMMddTHHmmssZ, e.g. 20271231T235959Z");
            }
        }
        return new Parsed(new Recurrence(frequency, interval, byDay, count, until), null);
    }

    private static int number(String text, int absent) {
        if (text == null) {
            return absent;
        }
        return text.matches("\\d{1,4}") ? Integer.parseInt(text) : -1;
    }

    /** The canonical RRULE value (no "RRULE:" prefix), as stored and written to .ics files. */
    String toRrule() {
        StringBuilder rule = new StringBuilder("FREQ=").append(frequency);
        if (interval != 1) {
            rule.append(";INTERVAL=").append(interval);
        }
        if (!byDay.isEmpty()) {
            rule.append(";BYDAY=").append(String.join(",", new TreeSet<>(byDay).stream()
                    .map(d -> d.name().substring(0, 2)).toList()));
        }
        if (count > 0) {
            rule.append(";COUNT=").append(count);
        }
        if (until != null) {
            rule.append(";UNTIL=").append(UNTIL_FORMAT.format(until));
        }
        return rule.toString();
    }

    /** Whether the series ends (COUNT or UNTIL); an open-ended one repeats forever. */
    boolean bounded() {
        return count > 0 || until != null;
    }

    /** Checks the rule against the first occurrence; null when fine, else the sentence (completing "recurrence ..."). */
    String checkAgainst(ZonedDateTime first) {
        if (until != null && until.isBefore(first.toInstant())) {
            return "has an UNTIL before the meeting's start";
        }
        if (until != null && until.isAfter(first.plusYears(MAX_UNTIL_YEARS).toInstant())) {
            return "must have an UNTIL at most " + MAX_UNTIL_YEARS + " years after the start";
        }
        return null;
    }

    /**
     * Occurrence starts of the series whose first occurrence is {@code first}, in order, that begin before {@code to} and
     * are not before {@code from}; at most {@code limit} of them. The walk stops at COUNT/UNTIL or at {@code to}.
     */
    List<ZonedDateTime> starts(ZonedDateTime first, Instant from, Instant to, int limit) {
        List<ZonedDateTime> result = new ArrayList<>();
        int generated = 0;
        for (int period = 0; result.size() < limit; period++) {
            List<ZonedDateTime> inPeriod = period(first, period);
            boolean pastEnd = false;
            for (ZonedDateTime start : inPeriod) {
                if (start.isBefore(first)) {
                    continue;
                }
                if ((count > 0 && generated >= count) || (until != null && start.toInstant().isAfter(until))
                        || !start.toInstant().isBefore(to)) {
                    pastEnd = true;
                    break;
                }
                generated++;
                if (!start.toInstant().isBefore(from) && result.size() < limit) {
                    result.add(start);
                }
            }
            if (pastEnd) {
                break;
            }
        }
        return result;
    }

    /** The candidate starts of the {@code n}-th period (day, week or month) after the first occurrence's. */
    private List<ZonedDateTime> period(ZonedDateTime first, int n) {
        long step = (long) n * interval;
        return switch (frequency) {
            case DAILY -> List.of(first.plusDays(step));
            case MONTHLY -> {
                LocalDate month = first.toLocalDate().withDayOfMonth(1).plusMonths(step);
                yield first.getDayOfMonth() > month.lengthOfMonth() ? List.of()
                        : List.of(first.with(month.withDayOfMonth(first.getDayOfMonth())));
            }
            case WEEKLY -> {
                LocalDate monday = first.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(step);
                Set<DayOfWeek> days = byDay.isEmpty() ? Set.of(first.getDayOfWeek()) : byDay;
                yield new TreeSet<>(days).stream()
                        .map(day -> first.with(monday.plus(day.getValue() - 1L, ChronoUnit.DAYS))).toList();
            }
        };
    }
}
