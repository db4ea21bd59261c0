package dev.parley.server.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The RRULE subset: parsing, canonical form, and expansion in the meeting's zone (RFC 5545 §3.3.10). */
class RecurrenceTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "FREQ=DAILY|FREQ=DAILY",
            "rrule:freq=weekly;byday=we,mo;count=10|FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10",
            "FREQ=MONTHLY;INTERVAL=2;UNTIL=20271231T235959Z|FREQ=MONTHLY;INTERVAL=2;UNTIL=20271231T235959Z",
            "FREQ=WEEKLY;INTERVAL=1|FREQ=WEEKLY",
    })
    void parsesToTheCanonicalRule(String text, String canonical) {
        assertThat(Recurrence.parse(text).rule().toRrule()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "FREQ=HOURLY|FREQ=DAILY",
            "FREQ=DAILY;BYDAY=MO|BYDAY only with FREQ=WEEKLY",
            "FREQ=WEEKLY;BYDAY=XX|unknown BYDAY day",
            "FREQ=DAILY;COUNT=2;UNTIL=20270101T000000Z|COUNT or UNTIL, not both",
            "FREQ=DAILY;COUNT=501|COUNT from 1 to 500",
            "FREQ=DAILY;COUNT=abc|COUNT from 1 to 500",
            "FREQ=DAILY;UNTIL=2027-01-01|UNTIL in UTC",
            "FREQ=DAILY;BYMONTH=1|does not support",
            "FREQ=DAILY;FREQ=DAILY|repeated",
            "garbage|malformed",
            "FREQ=DAILY;INTERVAL=0|INTERVAL from 1",
    })
    void refusesWhatItDoesNotSupportWithASentence(String text, String expected) {
        Recurrence.Parsed parsed = Recurrence.parse(text);

        assertThat(parsed.rule()).isNull();
        assertThat(parsed.error()).contains(expected);
    }

    @Test
    void weeklyOnTwoDaysKeepsTheWallClockTimeAcrossDaylightSavingTime() {
        // Monday 23 March 2026, 09:00 Paris (UTC+1); Europe switches to summer time on Sunday 29 March.
        ZonedDateTime first = ZonedDateTime.of(2026, 3, 23, 9, 0, 0, 0, PARIS);
        Recurrence rule = Recurrence.parse("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4").rule();

        List<ZonedDateTime> starts = rule.starts(first, Instant.MIN, Instant.MAX, 100);

        assertThat(starts).extracting(s -> s.toLocalDate().toString() + " " + s.toLocalTime())
                .containsExactly("2026-03-23 09:00", "2026-03-25 09:00", "2026-03-30 09:00", "2026-04-01 09:00");
        assertThat(starts.get(2).getOffset().getTotalSeconds()).isEqualTo(2 * 3600);
    }

    @Test
    void monthlyOnThe31stSkipsShorterMonths() {
        ZonedDateTime first = ZonedDateTime.of(2027, 1, 31, 10, 0, 0, 0, PARIS);

        List<ZonedDateTime> starts = Recurrence.parse("FREQ=MONTHLY;COUNT=3").rule().starts(first, Instant.MIN, Instant.MAX, 10);

        assertThat(starts).extracting(s -> s.toLocalDate().toString()).containsExactly("2027-01-31", "2027-03-31", "2027-05-31");
    }

    @Test
    void untilIsInclusiveAndTheRangeCutsTheListing() {
        ZonedDateTime first = ZonedDateTime.of(2027, 6, 1, 8, 0, 0, 0, ZoneId.of("UTC"));
        Recurrence daily = Recurrence.parse("FREQ=DAILY;INTERVAL=2;UNTIL=20270607T080000Z").rule();

        assertThat(daily.starts(first, Instant.MIN, Instant.MAX, 10)).hasSize(4);
        assertThat(daily.starts(first, first.plusDays(3).toInstant(), first.plusDays(5).toInstant(), 10))
                .extracting(s -> s.getDayOfMonth()).containsExactly(5);
    }

    @Test
    void countCountsFromTheFirstOccurrenceNotFromTheRange() {
        ZonedDateTime first = ZonedDateTime.of(2027, 6, 1, 8, 0, 0, 0, ZoneId.of("UTC"));
        Recurrence rule = Recurrence.parse("FREQ=DAILY;COUNT=3").rule();

        assertThat(rule.starts(first, first.plusDays(2).toInstant(), Instant.MAX, 10)).hasSize(1);
        assertThat(rule.checkAgainst(first)).isNull();
        assertThat(Recurrence.parse("FREQ=DAILY;UNTIL=20270501T000000Z").rule().checkAgainst(first)).contains("before");
    }
}
