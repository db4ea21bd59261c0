package dev.parley.media.sfu.stream;

import dev.parley.media.wire.rtp.SeqNum;

/**
 * Reception statistics of one incoming RTP stream, computed as RFC 3550 Appendix A prescribes, so the Receiver Reports the SFU
 * sends to a publisher mean what the publisher's congestion control expects:
 * <ul>
 *   <li>A.1: extended highest sequence number (cycles × 2^16 + max seq) — here without the probation step, because SRTP already
 *       authenticated the packet;</li>
 *   <li>A.3: cumulative and interval ("fraction") loss;</li>
 *   <li>A.8: interarrival jitter in RTP timestamp units;</li>
 *   <li>§6.4.1: LSR / DLSR from the last Sender Report, so the publisher can compute the round-trip time.</li>
 * </ul>
 * Times are monotonic nanoseconds passed in by the caller. Not thread-safe: one Router loop.
 */
public final class ReceiveStatistics {
    /** A jump this large is a restart of the sender, not loss (RFC 3550 A.1 MAX_DROPOUT). */
    static final int MAX_DROPOUT = 3000;
    /** Packets this far behind are reordered, not a restart (RFC 3550 A.1 MAX_MISORDER). */
    static final int MAX_MISORDER = 100;

    private final int clockRate;
    private boolean started;
    private int maxSeq;
    private long cycles;
    private int badSeq = -1;
    private long baseSeq;
    private long received;
    private long bytes;
    private long expectedPrior;
    private long receivedPrior;
    private long lastTransit;
    private boolean haveTransit;
    private double jitter;
    private long lastSrNtpMiddle;
    private long lastSrArrivalNanos;
    private boolean haveSr;

    /** @param clockRate the stream's RTP clock rate in Hz */
    public ReceiveStatistics(int clockRate) {
        this.clockRate = clockRate;
    }

    /**
     * Counts one received packet.
     *
     * @param retransmission true for a packet restored from RTX: it counts as received but says nothing about jitter
     */
    public void onPacket(int seq, long rtpTimestamp, int length, long arrivalNanos, boolean retransmission) {
        if (!started) {
            started = true;
            restartAt(seq);
        } else {
            int udelta = (seq - maxSeq) & 0xFFFF;
            if (udelta > 0 && udelta < MAX_DROPOUT) {
                if (seq < maxSeq) {
                    cycles += 1 << 16; // wrapped
                }
                maxSeq = seq;
            } else if (udelta > 0 && udelta <= (1 << 16) - MAX_MISORDER) {
                // A very large jump: two sequential packets mean the sender restarted its numbering (A.1 bad_seq).
                if (seq != badSeq) {
                    badSeq = (seq + 1) & 0xFFFF;
                    return;
                }
                restartAt(seq);
            }
            // else: a duplicate or a reordered packet, counted below
        }
        received++;
        bytes += length;
        if (!retransmission) {
            updateJitter(rtpTimestamp, arrivalNanos);
        }
    }

    private void restartAt(int seq) {
        maxSeq = seq;
        baseSeq = seq;
        cycles = 0;
        received = 0;
        expectedPrior = 0;
        receivedPrior = 0;
        badSeq = -1;
    }

    private void updateJitter(long rtpTimestamp, long arrivalNanos) {
        long arrival = arrivalNanos / 1000 * clockRate / 1_000_000; // arrival time in RTP units (µs first: no overflow for days)
        long transit = arrival - rtpTimestamp;
        if (haveTransit) {
            long d = Math.abs((int) (transit - lastTransit)); // the 32-bit wrap of the RTP clock cancels out
            jitter += (d - jitter) / 16.0;
        }
        lastTransit = transit;
        haveTransit = true;
    }

    /** A Sender Report arrived for this stream: keep the middle 32 bits of its NTP timestamp for LSR (RFC 3550 §6.4.1). */
    public void onSenderReport(long ntpTimestamp, long arrivalNanos) {
        lastSrNtpMiddle = (ntpTimestamp >>> 16) & 0xFFFF_FFFFL;
        lastSrArrivalNanos = arrivalNanos;
        haveSr = true;
    }

    public boolean started() {
        return started;
    }

    public long received() {
        return received;
    }

    public long bytes() {
        return bytes;
    }

    /** Extended highest sequence number received (A.1). */
    public long extendedHighest() {
        return cycles + maxSeq;
    }

    /** Packets expected minus received since the start; negative with duplicates (A.3). */
    public long cumulativeLost() {
        return started ? extendedHighest() - baseSeq + 1 - received : 0;
    }

    /** Interarrival jitter in RTP timestamp units (A.8). */
    public long jitter() {
        return (long) jitter;
    }

    public double jitterMillis() {
        return jitter * 1000.0 / clockRate;
    }

    /**
     * The fraction lost since the previous call, as the 8-bit fixed-point value of a report block (A.3), and starts the next
     * interval. Call once per Receiver Report.
     */
    public int takeFractionLost() {
        long expected = extendedHighest() - baseSeq + 1;
        long expectedInterval = expected - expectedPrior;
        long receivedInterval = received - receivedPrior;
        expectedPrior = expected;
        receivedPrior = received;
        long lostInterval = expectedInterval - receivedInterval;
        if (expectedInterval <= 0 || lostInterval <= 0) {
            return 0;
        }
        return (int) Math.min(255, (lostInterval << 8) / expectedInterval);
    }

    /** LSR: middle 32 bits of the last SR's NTP timestamp, 0 when none was received (§6.4.1). */
    public long lastSrMiddle() {
        return haveSr ? lastSrNtpMiddle : 0;
    }

    /** DLSR: delay since the last SR in units of 1/65536 s, 0 when none was received (§6.4.1). */
    public long delaySinceLastSr(long nowNanos) {
        if (!haveSr) {
            return 0;
        }
        return Math.max(0, (nowNanos - lastSrArrivalNanos) * 65536 / 1_000_000_000L) & 0xFFFF_FFFFL;
    }
}
