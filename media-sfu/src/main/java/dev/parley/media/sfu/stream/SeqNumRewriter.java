package dev.parley.media.sfu.stream;

import dev.parley.media.wire.rtp.SeqNum;

/**
 * Maps a source's 16-bit RTP sequence numbers to a Consumer's own, contiguous ones (mediasoup calls this the SeqManager).
 *
 * <p>Why: a subscriber's jitter buffer and NACK logic treat every gap as loss. When the SFU deliberately skips a packet
 * ({@link #drop(int)}) or starts forwarding a source mid-stream ({@link #sync()}), the output must continue at the next number.
 * Each skip raises the offset for the packets after it; a packet that arrives late (reordered, or a retransmission) is mapped
 * with the offset that was valid at its position, found in a short history. Packets from before the current segment, older than
 * the history, or dropped ones map to -1.
 *
 * <p>Output = input − offset (mod 2^16). Not thread-safe: owned by one Consumer on its Router's loop.
 */
public final class SeqNumRewriter {
    /** Offset changes and drops remembered for late packets: far more than the reordering depth of real networks. */
    static final int HISTORY = 32;

    private final int[] changeAt = new int[HISTORY];     // input seq from which changeOffset applies
    private final int[] changeOffset = new int[HISTORY];
    private int changes;
    private int changeHead;
    private final int[] dropped = new int[HISTORY];
    private int drops;
    private int dropHead;
    private int offset;
    private int maxIn;
    private int maxOut;
    private boolean inSegment;

    /** @param firstOutput the first sequence number to emit (random per RFC 3550 §5.1) */
    public SeqNumRewriter(int firstOutput) {
        this.maxOut = SeqNum.add(firstOutput, -1);
    }

    /**
     * The next packet given to {@link #rewrite} starts a new segment that continues right after the last emitted number. Call
     * when forwarding (re)starts, e.g. at the keyframe after a pause; older packets of the previous segment then map to -1.
     */
    public void sync() {
        inSegment = false;
    }

    /**
     * The output number for {@code inSeq}, or -1 when the packet must not be forwarded: it precedes the current segment, lies too
     * far back in the history, or was dropped.
     */
    public int rewrite(int inSeq) {
        if (!inSegment) {
            startSegment(inSeq);
        }
        if (!SeqNum.isNewer(inSeq, maxIn)) {
            return late(inSeq);
        }
        maxIn = inSeq;
        maxOut = SeqNum.add(inSeq, -offset);
        return maxOut;
    }

    /**
     * Skips {@code inSeq}, a packet newer than every one forwarded so far: the packets after it are numbered one lower, so the
     * subscriber sees no gap. Older packets cannot be hidden any more (their successors are out) and are ignored here.
     */
    public void drop(int inSeq) {
        if (!inSegment || !SeqNum.isNewer(inSeq, maxIn)) {
            return;
        }
        maxIn = inSeq;
        offset = (offset + 1) & 0xFFFF;
        remember(SeqNum.add(inSeq, 1), offset);
        dropped[dropHead] = inSeq;
        dropHead = (dropHead + 1) % HISTORY;
        drops = Math.min(drops + 1, HISTORY);
    }

    /** The last number emitted (the first output minus one before any packet). */
    public int lastOutput() {
        return maxOut;
    }

    private void startSegment(int inSeq) {
        offset = SeqNum.add(inSeq, -SeqNum.add(maxOut, 1));
        maxIn = SeqNum.add(inSeq, -1);
        changes = 0;
        drops = 0;
        remember(inSeq, offset);
        inSegment = true;
    }

    private void remember(int fromIn, int newOffset) {
        changeAt[changeHead] = fromIn;
        changeOffset[changeHead] = newOffset;
        changeHead = (changeHead + 1) % HISTORY;
        changes = Math.min(changes + 1, HISTORY);
    }

    private int late(int inSeq) {
        for (int i = 1; i <= drops; i++) {
            if (dropped[(dropHead - i + HISTORY) % HISTORY] == inSeq) {
                return -1;
            }
        }
        for (int i = 1; i <= changes; i++) {
            int slot = (changeHead - i + HISTORY) % HISTORY;
            if (!SeqNum.isNewer(changeAt[slot], inSeq)) {
                return SeqNum.add(inSeq, -changeOffset[slot]);
            }
        }
        return -1; // before the segment's first packet, or before the oldest remembered change
    }
}
