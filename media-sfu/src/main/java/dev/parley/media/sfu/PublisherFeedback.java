package dev.parley.media.sfu;

import dev.parley.media.sfu.stream.KeyframeRequestLimiter;
import dev.parley.media.wire.rtcp.GenericNack;
import dev.parley.media.wire.rtcp.Pli;
import dev.parley.media.wire.rtcp.ReceiverReport;
import dev.parley.media.wire.rtcp.ReportBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a {@link Producer} sends back to its publisher: NACKs for uplink losses (RFC 4585), keyframe requests (PLI) paced to one
 * per {@link Producer#KEYFRAME_INTERVAL_NANOS} however many subscribers ask, and a Receiver Report every
 * {@link Producer#REPORT_INTERVAL_NANOS}. Kept apart from the packet path, which only calls in here on a loss or a keyframe
 * request. Loop thread only; it shares the Producer's streams, encoding selector and keyframe limiter (the packet path marks
 * keyframes on the limiter itself, without going through this class).
 */
final class PublisherFeedback {
    private final WebRtcTransport transport;
    private final RtpStreamRecv[] streams;
    private final EncodingSelector encodings;
    private final KeyframeRequestLimiter keyframes;
    private final boolean video;
    private final int[] nackScratch = new int[64];
    private long nacksSent;
    private long keyframeRequests;
    private long lastReportNanos;

    PublisherFeedback(WebRtcTransport transport, RtpStreamRecv[] streams, EncodingSelector encodings,
                      KeyframeRequestLimiter keyframes, boolean video, long nowNanos) {
        this.transport = transport;
        this.streams = streams;
        this.encodings = encodings;
        this.keyframes = keyframes;
        this.video = video;
        this.lastReportNanos = nowNanos; // first Receiver Report one interval from now, whatever nanoTime's origin
    }

    /** Asks the publisher for a keyframe now, or when the pacing interval ends or the publisher can be asked. */
    void requestKeyframe(long nowNanos) {
        if (!canAskPublisher(nowNanos)) {
            keyframes.defer(); // asked in tick() once the publisher is connected and its SSRC known
        } else if (keyframes.request(nowNanos)) {
            sendPli(nowNanos);
        }
    }

    private boolean canAskPublisher(long nowNanos) {
        return transport.isConnected() && streams[encodings.keyframeTarget(nowNanos)].ssrc != 0;
    }

    /** The periodic part: a deferred keyframe request, NACKs still due, the Receiver Report. */
    void tick(long nowNanos) {
        if (video && canAskPublisher(nowNanos) && keyframes.poll(nowNanos)) {
            sendPli(nowNanos);
        }
        for (RtpStreamRecv s : streams) {
            if (s.nacks != null && s.nacks.missingCount() > 0) {
                sendNacks(s, nowNanos);
            }
        }
        if (nowNanos - lastReportNanos >= Producer.REPORT_INTERVAL_NANOS) {
            lastReportNanos = nowNanos;
            sendReceiverReport(nowNanos);
        }
    }

    void sendNacks(RtpStreamRecv stream, long nowNanos) {
        int n = stream.nacks.due(nowNanos, nackScratch);
        if (n == 0 || stream.ssrc == 0) {
            return;
        }
        int[] lost = Arrays.copyOf(nackScratch, n);
        Arrays.sort(lost); // GenericNack packs ascending runs best; wrap order does not matter for correctness
        transport.sendRtcp(List.of(GenericNack.of(transport.rtcpSsrc(), stream.ssrc, lost)));
        nacksSent++;
    }

    private void sendPli(long nowNanos) {
        transport.sendRtcp(List.of(new Pli(transport.rtcpSsrc(), streams[encodings.keyframeTarget(nowNanos)].ssrc)));
        keyframeRequests++;
    }

    private void sendReceiverReport(long nowNanos) {
        List<ReportBlock> blocks = new ArrayList<>(streams.length);
        for (RtpStreamRecv s : streams) {
            if (s.ssrc != 0 && s.stats.started()) {
                blocks.add(s.reportBlock(nowNanos));
            }
        }
        if (!blocks.isEmpty()) {
            transport.sendRtcp(List.of(new ReceiverReport(transport.rtcpSsrc(), blocks)));
        }
    }

    long nacksSent() {
        return nacksSent;
    }

    long keyframeRequests() {
        return keyframeRequests;
    }
}
