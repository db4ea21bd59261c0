package dev.parley.server.conference;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which way media took (the selected ICE candidate pair, from getStats) and whether it keeps flowing, for network tests. */
final class MediaPaths {
    /**
     * Per peer connection ("send", "recv"): the selected pair's local candidate type and protocol and the remote candidate's,
     * e.g. {@code relay/udp -> host/udp}.
     */
    private static final String SELECTED_PAIRS = """
            async () => {
              const s = window.parley && window.parley.conference;
              const describe = async (pc) => {
                if (!pc) return 'none';
                const stats = await pc.getStats();
                let pair = null;
                stats.forEach((r) => { if (r.type === 'transport' && r.selectedCandidatePairId) pair = stats.get(r.selectedCandidatePairId); });
                if (!pair) return 'no selected pair';
                const local = stats.get(pair.localCandidateId);
                const remote = stats.get(pair.remoteCandidateId);
                return `${local.candidateType}/${local.protocol} -> ${remote.candidateType}/${remote.protocol}:${remote.port}`;
              };
              return s ? { send: await describe(s.sendPc), recv: await describe(s.recvPc) } : {};
            }""";

    private MediaPaths() {
    }

    /**
     * Gives the page's actions 60 s instead of the fixture's 15: registering hashes a password (Argon2id), which took longer
     * than 15 s while other test JVMs loaded the 2-core machine to a load average of 56; a wrong page still fails, just later.
     */
    static Page patient(Page page) {
        page.context().setDefaultTimeout(60_000);
        return page;
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> selectedPairs(MeetingPage page) {
        return (Map<String, String>) page.page.evaluate(SELECTED_PAIRS);
    }

    /** Each page's decoded video frames and received audio packets from each other page keep increasing within {@code within}. */
    static void expectMediaFlowing(List<MeetingPage> pages, Duration within) throws InterruptedException {
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
                    for (String kind : other == page ? List.<String>of() : List.of("video", "audio")) {
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

    /** participantId/video → framesDecoded, participantId/audio → packetsReceived. */
    private static Map<String, Long> counters(MeetingPage page) {
        Map<String, Long> result = new HashMap<>();
        for (MeetingPage.Inbound inbound : page.inbound()) {
            long value = "video".equals(inbound.kind()) ? inbound.framesDecoded() : inbound.packetsReceived();
            result.merge(inbound.participantId() + "/" + inbound.kind(), value, Long::sum);
        }
        return result;
    }
}
