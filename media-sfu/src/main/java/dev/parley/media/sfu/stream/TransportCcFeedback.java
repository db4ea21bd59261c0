package dev.parley.media.sfu.stream;

import dev.parley.media.wire.rtcp.TransportCc;
import dev.parley.media.wire.rtcp.TransportCcBuilder;
import dev.parley.media.wire.rtp.SeqNumUnwrapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the transport-wide sequence numbers (draft-holmer-rmcat-transport-wide-cc-extensions-01) of the packets a publisher
 * sends on one connection, with their arrival times, and turns them into transport-cc feedback about every 100 ms.
 *
 * <p>Why: a browser that negotiated transport-cc estimates its send bandwidth from this feedback only (send-side BWE); without
 * it, Chromium stays near its 300 kbit/s start rate. Arrivals are reported in sequence order; a packet older than the last
 * feedback already went out as "not received" and is ignored (the sender's estimator copes with that).
 *
 * <p>Not thread-safe: one Router loop. Times are monotonic nanoseconds.
 */
public final class TransportCcFeedback {
    /** libwebrtc's receivers send feedback every 100 ms by default (RFC 8888 suggests similar intervals). */
    public static final long INTERVAL_NANOS = 100_000_000L;
    /** Send early when this many arrivals are pending, so one message stays well under the MTU. */
    static final int EARLY_SEND = 200;
    /** Arrivals kept between two feedbacks at most; more would mean a flood, and the oldest are dropped from the report. */
    static final int MAX_PENDING = 4096;

    private final SeqNumUnwrapper unwrapper = new SeqNumUnwrapper();
    private long[] sequence = new long[256];
    private long[] arrivalMicros = new long[256];
    private int count;
    private long highestReported = Long.MIN_VALUE;
    private int feedbackCount;
    private long lastSentNanos = Long.MIN_VALUE;

    /** Records one received packet's transport-wide sequence number and arrival time. */
    public void onPacket(int transportSequence, long arrivalNanos) {
        long unwrapped = unwrapper.unwrap(transportSequence);
        if (unwrapped <= highestReported || count >= MAX_PENDING) {
            return;
        }
        if (count == sequence.length) {
            sequence = java.util.Arrays.copyOf(sequence, count * 2);
            arrivalMicros = java.util.Arrays.copyOf(arrivalMicros, count * 2);
        }
        sequence[count] = unwrapped;
        arrivalMicros[count] = arrivalNanos / 1000;
        count++;
    }

    /** True when feedback should go out now: arrivals are pending and the interval passed (or many are pending). */
    public boolean due(long nowNanos) {
        return count > 0 && (count >= EARLY_SEND || lastSentNanos == Long.MIN_VALUE || nowNanos - lastSentNanos >= INTERVAL_NANOS);
    }

    /**
     * Builds the feedback for every pending arrival (usually one message; more when they do not fit one) and starts over.
     *
     * @param senderSsrc the SFU's RTCP SSRC on this connection
     * @param mediaSsrc  a media SSRC of the publisher (receivers ignore it for transport-wide feedback, but it must be set)
     */
    public List<TransportCc> build(long senderSsrc, long mediaSsrc, long nowNanos) {
        sortPending();
        List<TransportCc> out = new ArrayList<>(1);
        TransportCcBuilder builder = new TransportCcBuilder(senderSsrc, mediaSsrc, nextCount());
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            if (sequence[i] == previous) {
                continue; // a duplicate (e.g. an RTX copy that reused the number): report once
            }
            previous = sequence[i];
            int seq = (int) (sequence[i] & 0xFFFF);
            if (!builder.add(seq, arrivalMicros[i])) {
                out.add(builder.build());
                builder = new TransportCcBuilder(senderSsrc, mediaSsrc, nextCount());
                builder.add(seq, arrivalMicros[i]);
            }
        }
        if (!builder.isEmpty()) {
            out.add(builder.build());
        }
        if (count > 0) {
            highestReported = previous;
        }
        count = 0;
        lastSentNanos = nowNanos;
        return out;
    }

    private int nextCount() {
        int c = feedbackCount;
        feedbackCount = (feedbackCount + 1) & 0xFF; // 8-bit feedback packet count
        return c;
    }

    /** Insertion sort: arrivals are almost always already in order, so this is linear in practice. */
    private void sortPending() {
        for (int i = 1; i < count; i++) {
            long s = sequence[i];
            long a = arrivalMicros[i];
            int j = i - 1;
            while (j >= 0 && sequence[j] > s) {
                sequence[j + 1] = sequence[j];
                arrivalMicros[j + 1] = arrivalMicros[j];
                j--;
            }
            sequence[j + 1] = s;
            arrivalMicros[j + 1] = a;
        }
    }
}
