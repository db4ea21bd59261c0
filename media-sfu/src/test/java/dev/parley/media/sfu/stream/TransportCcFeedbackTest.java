package dev.parley.media.sfu.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.wire.rtcp.TransportCc;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransportCcFeedbackTest {
    private static final long MS = 1_000_000L;

    private final TransportCcFeedback feedback = new TransportCcFeedback();

    /** "seq:received@µs" for every packet a feedback message reports. */
    private static List<String> reported(TransportCc fb) {
        List<String> out = new ArrayList<>();
        fb.forEachPacket((seq, received, micros) -> out.add(seq + ":" + (received ? "r@" + micros : "lost")));
        return out;
    }

    @Test
    void reportsArrivalsInSequenceOrderWithGapsAsLost() {
        feedback.onPacket(65534, 1000 * MS);
        feedback.onPacket(1, 1003 * MS);        // 65535 and 0 lost so far, across the wrap
        feedback.onPacket(0, 1002 * MS);        // 0 arrives late but before the feedback

        List<TransportCc> out = feedback.build(1, 2, 1010 * MS);

        assertThat(out).hasSize(1);
        assertThat(out.get(0).baseSequenceNumber()).isEqualTo(65534);
        assertThat(reported(out.get(0))).containsExactly(
                "65534:r@1000000", "65535:lost", "0:r@1002000", "1:r@1003000");
    }

    @Test
    void isDueAtOnceThenEveryHundredMilliseconds() {
        assertThat(feedback.due(0)).as("nothing pending").isFalse();
        feedback.onPacket(10, 0);
        assertThat(feedback.due(0)).isTrue();
        feedback.build(1, 2, 0);

        feedback.onPacket(11, 50 * MS);
        assertThat(feedback.due(99 * MS)).isFalse();
        assertThat(feedback.due(100 * MS)).isTrue();
    }

    @Test
    void manyPendingArrivalsMakeItDueEarly() {
        feedback.onPacket(0, 0);
        feedback.build(1, 2, 0);
        for (int i = 1; i <= TransportCcFeedback.EARLY_SEND; i++) {
            feedback.onPacket(i, i * 10_000L);
        }

        assertThat(feedback.due(5 * MS)).isTrue();
    }

    @Test
    void packetsOlderThanTheLastFeedbackAndDuplicatesAreNotReportedTwice() {
        feedback.onPacket(5, 0);
        feedback.onPacket(6, MS);
        feedback.build(1, 2, 2 * MS);

        feedback.onPacket(4, 3 * MS);           // already reported (as the base's predecessor, never seen): ignored
        feedback.onPacket(7, 4 * MS);
        feedback.onPacket(7, 5 * MS);
        List<TransportCc> out = feedback.build(1, 2, 200 * MS);

        assertThat(reported(out.get(0))).containsExactly("7:r@4000");
        assertThat(out.get(0).feedbackPacketCount()).isEqualTo(1);
    }

    @Test
    void aDeltaTooLargeForOneMessageStartsASecondOne() {
        feedback.onPacket(1, 0);
        feedback.onPacket(2, 9_000 * MS);       // 9 s later: beyond the ±8.19 s a large delta can carry

        List<TransportCc> out = feedback.build(1, 2, 9_001 * MS);

        assertThat(out).hasSize(2);
        assertThat(out.get(1).baseSequenceNumber()).isEqualTo(2);
    }
}
