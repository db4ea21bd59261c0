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
        line.append(key).append('=');
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
                default -> line.append(c);
            }
        }
        line.append('"');
    }

    private static boolean needsQuotes(String value) {
        if (value.isEmpty()) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c == '=' || c == '"' || c == '\\') {
                return true;
            }
        }
        return false;
    }
}
