package dev.parley.media.transport.dtls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.transport.srtp.SrtpKeys;
import dev.parley.media.wire.sdp.DtlsFingerprint;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DtlsHandshakeTest {

    /** A DTLS 1.2 handshake record header claiming a ClientHello whose body is garbage. */
    static final byte[] BOGUS_RECORD = HexFormat.of().parseHex(
            "16" + "fefd" + "0000" + "000000000000" + "0010" + "01000004" + "00000000" + "00000000" + "ffff");

    final List<byte[]> sent = new CopyOnWriteArrayList<>();
    final CompletableFuture<DtlsFailure> failure = new CompletableFuture<>();
    final CompletableFuture<SrtpKeys> keys = new CompletableFuture<>();
    final DtlsHandshake.Callback callback = new DtlsHandshake.Callback() {
        @Override
        public void onKeys(SrtpKeys k) {
            keys.complete(k);
        }

        @Override
        public void onFailure(DtlsFailure f) {
            failure.complete(f);
        }
    };

    DtlsHandshake handshake(DtlsFingerprint remote, Duration timeout) {
        return new DtlsHandshake(DtlsCertificate.processCertificate(), remote, (b, o, l) -> sent.add(b.clone()),
                Executors.newVirtualThreadPerTaskExecutor(), timeout, callback);
    }

    @Test
    void handshakeThatNeverCompletesTimesOut() throws Exception {
        DtlsHandshake dtls = handshake(DtlsCertificate.generate().fingerprint(), Duration.ofMillis(400));

        assertThat(dtls.offer(BOGUS_RECORD, 0, BOGUS_RECORD.length)).isTrue();

        assertThat(failure.get(5, TimeUnit.SECONDS)).isEqualTo(DtlsFailure.TIMEOUT);
        assertThat(keys).isNotDone();
    }

    @Test
    void nothingStartsBeforeTheFingerprintIsKnownAndCloseSilencesCallbacks() throws Exception {
        DtlsHandshake dtls = handshake(null, Duration.ofMillis(300));
        assertThat(dtls.offer(BOGUS_RECORD, 0, BOGUS_RECORD.length)).isTrue();
        Thread.sleep(600);
        assertThat(failure).isNotDone(); // no timeout: the handshake has not started

        dtls.close();
        dtls.setRemoteFingerprint(DtlsCertificate.generate().fingerprint());
        Thread.sleep(600);

        assertThat(failure).isNotDone();
        assertThat(dtls.offer(BOGUS_RECORD, 0, BOGUS_RECORD.length)).isFalse();
    }

    @Test
    void queueIsBounded() {
        DtlsHandshake dtls = handshake(null, Duration.ofSeconds(1));
        int accepted = 0;
        for (int i = 0; i < 100; i++) {
            accepted += dtls.offer(BOGUS_RECORD, 0, BOGUS_RECORD.length) ? 1 : 0;
        }

        assertThat(accepted).isEqualTo(64);
    }
}
