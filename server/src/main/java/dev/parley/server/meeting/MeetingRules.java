package dev.parley.server.meeting;

import dev.parley.server.problem.InvalidField;
import dev.parley.server.problem.ProblemException;
import dev.parley.server.problem.ProblemType;
import dev.parley.server.problem.ValidationDetail;
import dev.parley.server.text.TextRule;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Every rule a meeting must obey, checked in one pass so a 400 lists all wrong fields at once (messages complete a sentence
 * that starts with the field name). Produces the row to write and the invitees' account ids.
 */
@Component
class MeetingRules {
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5000;
    static final int MAX_PARTICIPANTS = 100;
    static final int MIN_PASSCODE = 4;
    static final int MAX_PASSCODE = 64;
    /** The longest meeting: longer ones are almost always a mistyped date. */
    static final Duration MAX_DURATION = Duration.ofHours(24);
    /** A start this far in the past is still "now" (clock skew, a slow form), not a mistake. */
    static final Duration PAST_TOLERANCE = Duration.ofMinutes(5);

    private final MeetingRepository meetings;
    private final PasswordEncoder passwords;
    private final PasscodeSeal seal;
    private final Clock clock;

    MeetingRules(MeetingRepository meetings, PasswordEncoder passwords, Clock clock, PasscodeSeal seal) {
        this.seal = seal;
        this.meetings = meetings;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** A checked meeting: the row and the invitees (null = keep the current ones). */
    record Checked(MeetingRepository.Fields fields, Set<Long> inviteeIds) {
    }

    /**
     * Checks {@code input} on top of {@code current} (null for a create or a PUT, which must then carry every required field).
     *
     * @throws ProblemException 400 listing every invalid field
     */
    Checked check(MeetingInput input, Meeting current, long hostId) {
        List<InvalidField> errors = new ArrayList<>();
        String title = pick(input.title(), current == null ? null : current.title());
        if (title == null || title.isBlank()) {
            errors.add(new InvalidField("title", "is required"));
        } else if (title.strip().length() > MAX_TITLE) {
            errors.add(new InvalidField("title", "must be at most " + MAX_TITLE + " characters long"));
        } else if (TextRule.NAME.problem(title) instanceof String notAName) {
            errors.add(new InvalidField("title", notAName));
        }
        String description = pick(input.description(), current == null ? "" : current.description());
        if (description.length() > MAX_DESCRIPTION) {
            errors.add(new InvalidField("description", "must be at most " + MAX_DESCRIPTION + " characters long"));
        } else if (TextRule.MULTI_LINE.problem(description) instanceof String notText) {
            errors.add(new InvalidField("description", notText));
        }
        ZoneId zone = zone(input.timeZone(), current, errors);
        Instant start = instant(input.startTime(), current == null ? null : current.startTime(), "start_time", errors);
        Instant end = instant(input.endTime(), current == null ? null : current.endTime(), "end_time", errors);
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                errors.add(new InvalidField("end_time", "must be after start_time"));
            } else if (Duration.between(start, end).compareTo(MAX_DURATION) > 0) {
                errors.add(new InvalidField("end_time", "must be at most 24 hours after start_time"));
            }
            boolean startChanged = current == null || !start.equals(current.startTime());
            if (startChanged && !Boolean.TRUE.equals(input.instant()) && start.isBefore(clock.instant().minus(PAST_TOLERANCE))) {
                errors.add(new InvalidField("start_time", "must not be in the past (use \"Meet now\" for a meeting that starts now)"));
            }
        }
        String rule = recurrence(input.recurrence(), current, start, zone, errors);
        Passcode passcode = passcode(input.passcode(), current, errors);
        Set<Long> invitees = invitees(input.participants(), hostId, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(ProblemType.VALIDATION, ValidationDetail.of(errors), errors);
        }
        boolean lobby = input.lobbyEnabled() != null ? input.lobbyEnabled() : current != null && current.lobbyEnabled();
        boolean guests = input.allowGuests() != null ? input.allowGuests() : current != null && current.allowGuests();
        return new Checked(new MeetingRepository.Fields(title.strip(), description, start, end, passcode.hash(), passcode.sealed(),
                lobby, guests,
                rule, zone, seriesEnd(rule, start, end, zone)), invitees);
    }

    private static String pick(String given, String current) {
        return given != null ? given : current;
    }

    private static ZoneId zone(String given, Meeting current, List<InvalidField> errors) {
        if (given == null) {
            return current == null ? ZoneId.of("UTC") : current.timeZone();
        }
        try {
            return ZoneId.of(given);
        } catch (DateTimeException e) {
            errors.add(new InvalidField("time_zone", "must be an IANA time zone such as Europe/Paris"));
            return ZoneId.of("UTC");
        }
    }

    private static Instant instant(OffsetDateTime given, Instant current, String field, List<InvalidField> errors) {
        if (given != null) {
            InvalidField outOfRange = MeetingTimes.check(field, given);
            if (outOfRange != null) {
                errors.add(outOfRange);
                return null;
            }
            return given.toInstant();
        }
        if (current == null) {
            errors.add(new InvalidField(field, "is required (ISO-8601 with an offset, e.g. 2027-03-01T09:00:00+01:00)"));
        }
        return current;
    }

    private static String recurrence(String given, Meeting current, Instant start, ZoneId zone, List<InvalidField> errors) {
        String text = given != null ? given : current == null ? null : current.recurrenceRule();
        if (text == null || text.isEmpty()) {
            return null;
        }
        Recurrence.Parsed parsed = Recurrence.parse(text);
        String problem = parsed.error();
        if (problem == null && start != null) {
            problem = parsed.rule().checkAgainst(start.atZone(zone));
        }
        if (problem != null) {
            errors.add(new InvalidField("recurrence", problem));
            return null;
        }
        return parsed.rule().toRrule();
    }

    /** A passcode as stored: the Argon2id hash joins are checked against, and the sealed copy its host may read. */
    private record Passcode(String hash, String sealed) {
        static final Passcode NONE = new Passcode(null, null);
    }

    private Passcode passcode(String given, Meeting current, List<InvalidField> errors) {
        if (given == null) {
            return current == null ? Passcode.NONE : new Passcode(current.passcodeHash(), current.passcodeSealed());
        }
        if (given.isEmpty()) {
            return Passcode.NONE;
        }
        if (given.length() < MIN_PASSCODE || given.length() > MAX_PASSCODE) {
            errors.add(new InvalidField("passcode", "must be " + MIN_PASSCODE + " to " + MAX_PASSCODE + " characters long"));
            return Passcode.NONE;
        }
        return new Passcode(passwords.encode(given), seal.seal(given));
    }

    private Set<Long> invitees(List<String> names, long hostId, List<InvalidField> errors) {
        if (names == null) {
            return null;
        }
        if (names.size() > MAX_PARTICIPANTS) {
            errors.add(new InvalidField("participants", "may name at most " + MAX_PARTICIPANTS + " people"));
            return Set.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            String trimmed = name == null ? "" : name.strip();
            meetings.userIdByNameOrEmail(trimmed).ifPresentOrElse(id -> {
                if (id != hostId) {
                    ids.add(id);
                }
            }, () -> unknown.add("'" + trimmed + "'"));
        }
        if (!unknown.isEmpty()) {
            errors.add(new InvalidField("participants", "names no Parley account: " + String.join(", ", unknown)));
        }
        return ids;
    }

    /** The end of the last occurrence (null for an open-ended series), for the listing's range condition. */
    private static Instant seriesEnd(String rule, Instant start, Instant end, ZoneId zone) {
        if (rule == null) {
            return end;
        }
        Recurrence recurrence = Recurrence.parse(rule).rule();
        if (!recurrence.bounded()) {
            return null;
        }
        ZonedDateTime first = start.atZone(zone);
        List<ZonedDateTime> all = recurrence.starts(first, Instant.MIN, Instant.MAX, Recurrence.MAX_OCCURRENCES);
        ZonedDateTime last = all.isEmpty() ? first : all.getLast();
        return last.toInstant().plus(Duration.between(start, end));
    }
}
