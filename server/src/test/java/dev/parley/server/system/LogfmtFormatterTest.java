package dev.parley.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LogfmtFormatterTest {
    private final Logger logger = context().getLogger("dev.parley.server.auth.Sessions");

    private static LoggerContext context() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        return context;
    }

    private LoggingEvent event(String message, Object... args) {
        LoggingEvent event = new LoggingEvent("fqcn", logger, Level.INFO, message, null, args);
        event.setInstant(Instant.parse("2026-11-25T06:00:00.123Z"));
        event.setThreadName("http-nio-1");
        return event;
    }

    @Test
    void oneKeyValueLinePerEvent() {
        String line = new LogfmtFormatter().format(event("login ok user={} address={}", 42, "127.0.0.1"));

        assertThat(line).isEqualTo("time=2026-11-25T06:00:00.123Z level=INFO logger=dev.parley.server.auth.Sessions "
                + "thread=http-nio-1 msg=\"login ok user=42 address=127.0.0.1\"\n");
    }

    @Test
    void quotesAndNewlinesAreEscapedSoAnEventStaysOnOneLine() {
        LoggingEvent event = event("say \"hi\"\nnext");
        event.setThrowableProxy(new ch.qos.logback.classic.spi.ThrowableProxy(new IllegalStateException("boom")));

        String line = new LogfmtFormatter().format(event);

        assertThat(line).contains("msg=\"say \\\"hi\\\"\\nnext\"", "error=\"java.lang.IllegalStateException: boom\\n");
        assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
    }

    @Test
    void plainValuesAreNotQuoted() {
        assertThat(new LogfmtFormatter().format(event("started"))).contains(" msg=started\n");
    }

    @Test
    void controlAndBidiCharactersInUserValuesCannotForgeALine() {
        // A username that tries to end the line (CR, NEL, LINE SEPARATOR), start a fake one, colour the console (ESC) and
        // reverse what a reader sees (RIGHT-TO-LEFT OVERRIDE, FIRST STRONG ISOLATE).
        String username = "eve\r\u0085\u2028time=2026 level=INFO msg=\"login ok\" \u001b[31m\u202eevil\u2068\u009b\u007f\ud800";

        String line = new LogfmtFormatter().format(event("login failed username={}", username));

        assertThat(line).endsWith("msg=\"login failed username=eve\\r\\u0085\\u2028time=2026 level=INFO msg=\\\"login ok\\\" "
                + "\\u001b[31m\\u202eevil\\u2068\\u009b\\u007f\\ud800\"\n");
        assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
        assertThat(line).doesNotContain("\r", "\u0085", "\u2028", "\u001b", "\u202e", "\u2068", "\u009b", "\u007f");
    }

    @Test
    void unsafeCharactersInAPlainValueOrAKeyAreEscapedToo() {
        LoggingEvent event = event("x");
        event.setMDCPropertyMap(java.util.Map.of("peer\u001b", "a\u202eb"));

        String line = new LogfmtFormatter().format(event);

        assertThat(line).endsWith(" peer_=\"a\\u202eb\"\n");
    }

    @Test
    void printableUnicodeStaysReadable() {
        assertThat(new LogfmtFormatter().format(event("Zoë_日本_\ud83d\ude00"))).endsWith(" msg=Zoë_日本_\ud83d\ude00\n");
    }
}
