package dev.parley.server.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Media checks on meeting pages through getStats: is every stream from every other participant making progress? */
final class MediaChecks {
    /** The bound: media from all others must be flowing this soon. */
    static final Duration MEDIA_FLOWING_WITHIN = Duration.ofSeconds(5);

    private MediaChecks() {
    }

    /**
     * Within {@link #MEDIA_FLOWING_WITHIN}, every page's recv connection shows, for each other participant, a video stream
     * whose framesDecoded grows and an audio stream whose packetsReceived grows.
     */
    static void expectFlowing(List<MeetingPage> pages) throws InterruptedException {
        expectFlowing(pages, MEDIA_FLOWING_WITHIN, List.of("video", "audio"));
    }

    /** Only video: for calls where someone is muted. */
    static void expectVideoFlowing(List<MeetingPage> pages, Duration within) throws InterruptedException {
        expectFlowing(pages, within, List.of("video"));
    }

    static void expectFlowing(List<MeetingPage> pages, Duration within, List<String> kinds) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        Map<MeetingPage, Map<String, Long>> first = new HashMap<>();
        for (MeetingPage page : pages) {
            first.put(page, counters(page));
        }
        Map<String, String> missing;
        do {
            Thread.sleep(250);
            missing = new HashMap<>();
            for (MeetingPage page : pages) {
                Map<String, Long> now = counters(page);
                for (MeetingPage other : pages) {
                    if (other == page) {
                        continue;
                    }
                    for (String kind : kinds) {
                        String key = other.participantId() + "/" + kind;
                        if (now.getOrDefault(key, 0L) <= first.get(page).getOrDefault(key, 0L)) {
                            missing.put(page.name + "<-" + other.name + " " + kind, "not increasing: " + now.get(key));
                        }
                    }
                }
            }
        } while (!missing.isEmpty() && System.nanoTime() < deadline);
        assertThat(missing).as("streams without progress after %s", within).isEmpty();
    }

    /** participantId/video → framesDecoded, participantId/audio → packetsReceived (summed if a mid was recycled). */
    static Map<String, Long> counters(MeetingPage page) {
        Map<String, Long> result = new HashMap<>();
        for (MeetingPage.Inbound inbound : page.inbound()) {
            long value = "video".equals(inbound.kind()) ? inbound.framesDecoded() : inbound.packetsReceived();
            result.merge(inbound.participantId() + "/" + inbound.kind(), value, Long::sum);
        }
        return result;
    }
}
