package dev.parley.media.sfu.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The Producer's per-stream packet store, keyed by the publisher's sequence numbers. */
class RetransmissionCacheTest {
    private static final long MS = 1_000_000L;

    private final RetransmissionCache cache = new RetransmissionCache(100, 1000 * MS);

    @Test
    void capacityIsRoundedUpToAPowerOfTwo() {
        assertThat(cache.capacity()).isEqualTo(128);
        assertThat(new RetransmissionCache(128, 1).capacity()).isEqualTo(128);
    }

    @Test
    void returnsACopyOfTheStoredPacket() {
        byte[] packet = {(byte) 0x80, 0x60, 0x12, 0x34, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        cache.store(0x1234, packet, 0, packet.length, 0);
        packet[12] = 0; // the caller reuses its buffer: the cache must not see it

        int slot = cache.find(0x1234, 10 * MS);

        assertThat(slot).isNotNegative();
        assertThat(Arrays.copyOf(cache.data(slot), cache.length(slot)))
                .containsExactly(0x80, 0x60, 0x12, 0x34, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void missesWhenOverwrittenByANumberOneCapacityLater() {
        cache.store(65530, new byte[20], 0, 20, 0);
        cache.store(SeqWrap.add(65530, 128), new byte[20], 0, 20, 0); // same slot, after the 16-bit wrap

        assertThat(cache.find(65530, 0)).isEqualTo(-1);
        assertThat(cache.find(SeqWrap.add(65530, 128), 0)).isNotNegative();
    }

    @Test
    void doesNotResendTooOldPackets() {
        cache.store(7, new byte[20], 0, 20, 0);

        assertThat(cache.find(7, 1001 * MS)).isEqualTo(-1);
        assertThat(cache.find(7, 1000 * MS)).isNotNegative();
    }

    @Test
    void everyConsumerMayFetchThePacketAgain() {
        cache.store(7, new byte[20], 0, 20, 0);

        assertThat(cache.find(7, 100 * MS)).isNotNegative();
        assertThat(cache.find(7, 101 * MS)).isNotNegative(); // one subscriber's resend does not hide it from the next
    }

    @Test
    void neverStoredAndOversizePacketsMiss() {
        cache.store(9, new byte[1501], 0, 1501, 0);

        assertThat(cache.find(9, 0)).isEqualTo(-1);
        assertThat(cache.find(10, 0)).isEqualTo(-1);
    }

    @Test
    void clearForgetsEverything() {
        cache.store(7, new byte[20], 0, 20, 0);
        cache.clear();

        assertThat(cache.find(7, 0)).isEqualTo(-1);
    }

    private static final class SeqWrap {
        static int add(int seq, int delta) {
            return (seq + delta) & 0xFFFF;
        }
    }
}
