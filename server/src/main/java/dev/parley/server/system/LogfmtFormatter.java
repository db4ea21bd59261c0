package dev.parley.server.system;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import java.util.Map;
import org.slf4j.event.KeyValuePair;
import org.springframework.boot.logging.structured.StructuredLogFormatter;

/**
 * One log line per event as logfmt ({@code key=value} pairs, values quoted when they contain spaces, '=' or quotes): easy to grep
 * and read on a console, and parsed by Loki, Vector or Grafana without configuration. Spring Boot ships only JSON formats (ecs,
 * gelf, logstash); this is the default console format ({@code logging.structured.format.console}).
 *
 * <p>Fields: {@code time} (UTC, ISO 8601), {@code level}, {@code logger}, {@code thread}, {@code msg}, then MDC entries and
 * SLF4J key-value pairs, then {@code error} with the stack trace (newlines escaped, so one event stays one line).
 * Every other control or bidi character is written as a backslash, 'u' and four hex digits, so user-controlled values cannot
 * forge lines or reorder what a reader sees (see {@link #unsafe}).
 */
public final class LogfmtFormatter implements StructuredLogFormatter<ILoggingEvent> {

    @Override
    public String format(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(160);
        append(line, "time", event.getInstant().toString());
        append(line, "level", event.getLevel().toString());
        append(line, "logger", event.getLoggerName());
        append(line, "thread", event.getThreadName());
        append(line, "msg", event.getFormattedMessage());
        for (Map.Entry<String, String> mdc : event.getMDCPropertyMap().entrySet()) {
            append(line, mdc.getKey(), mdc.getValue());
        }
        if (event.getKeyValuePairs() != null) {
            for (KeyValuePair pair : event.getKeyValuePairs()) {
                append(line, pair.key, String.valueOf(pair.value));
            }
        }
        IThrowableProxy error = event.getThrowableProxy();
        if (error != null) {
            append(line, "error", ThrowableProxyUtil.asString(error));
        }
        return line.append('\n').toString();
    }

    private static void append(StringBuilder line, String key, String value) {
        if (!line.isEmpty()) {
            line.append(' ');
        }
        appendKey(line, key);
        line.append('=');
        if (value == null) {
            return;
        }
        if (!needsQuotes(value)) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (unsafe(value, i)) {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        line.append('"');
    }

    /**
     * Characters a terminal, a log viewer or a line-based collector would act on instead of showing, so a user-controlled value
     * (a username, a header) could forge a line, recolour the console or reorder what a reader sees: C0 and C1 controls (ESC
     * starts ANSI sequences, NEL U+0085 ends a line for some readers), DEL, the Unicode line and paragraph separators, the bidi
     * embeddings, overrides, isolates and marks (the "Trojan Source" characters, CVE-2021-42574), and lone surrogates (not
     * encodable, they would become '?' and hide what was sent).
     */
    static boolean unsafe(String value, int i) {
        char c = value.charAt(i);
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return true;
        }
        if (c == '\u061c' || c == '\u200e' || c == '\u200f' || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
    }

    /** Keys are never quoted in logfmt, so anything that could end or split the pair becomes '_'. */
    private static void appendKey(StringBuilder line, String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            line.append(c <= ' ' || c == '=' || c == '"' || c == '\\' || unsafe(key, i) ? '_' : c);
        }
    }

    private static boolean needsQuotes(String value) {
        if (value.isEmpty()) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c == '=' || c == '"' || c == '\\' || unsafe(value, i)) {
                return true;
            }
        }
        return false;
    }
}
