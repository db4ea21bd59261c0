package dev.parley.server.moderation;

import dev.parley.server.conference.ConferencePart;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Makes each conference's {@link ModerationPart}, and keeps the deny list of a conference that emptied until the next one
 * under the same id starts (a removed person must not get back in by waiting for everyone to leave). Touched only when a
 * conference starts or closes; the map is concurrent.
 */
@Component
class DenyLists implements ConferencePart.Factory {
    private final Clock clock;
    private final Map<String, Map<String, String>> kept = new ConcurrentHashMap<>();

    DenyLists(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ConferencePart create(String conferenceId) {
        return new ModerationPart(conferenceId, clock, this);
    }

    Map<String, String> take(String conferenceId) {
        Map<String, String> list = kept.remove(conferenceId);
        return list == null ? Map.of() : list;
    }

    void keep(String conferenceId, Map<String, String> denied) {
        if (!denied.isEmpty()) {
            kept.put(conferenceId, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(denied)));
        }
    }
}
