package dev.parley.media.transport.dtls;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.media.transport.PacketKind;
import dev.parley.media.wire.sdp.DtlsFingerprint;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import org.bouncycastle.tls.DTLSServerProtocol;
import org.bouncycastle.tls.DatagramTransport;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCryptoProvider;
import org.junit.jupiter.api.Test;

/**
 * DTLS record framing, as our server meets it: the datagrams a peer sends to the shared port that classify as DTLS
 * (RFC 7983) go into a BouncyCastle DTLS 1.2 server configured like {@link DtlsHandshake}'s. Contract: however the records,
 * fragments and handshake messages are malformed, the handshake ends with an {@link IOException} (an alert, a timeout, the
 * end of input) — never an unchecked exception, an error or a hang.
 *
 * <p>Input format: datagrams back to back, each a 2-byte big-endian length then its bytes (a trailing partial one counts as
 * written). Corpus ({@code DtlsRecordFuzzTestInputs/}): ClientHello flights of a BouncyCastle DTLS-SRTP client whole and
 * fragmented to 200-byte datagrams, and {@link DtlsHandshakeTest#BOGUS_RECORD}.
 */
class DtlsRecordFuzzTest {
    private static final DtlsCertificate CERTIFICATE = DtlsCertificate.generate();
    private static final DtlsFingerprint PEER = DtlsCertificate.generate().fingerprint();
    /** Shared: a crypto provider per input would cost more than the handshake attempt itself. */
    private static final JcaTlsCrypto CRYPTO = new JcaTlsCryptoProvider().create(new SecureRandom());

    @FuzzTest
    void records(byte[] input) {
        handshake(input);
    }

    /** The harness reaches the real handshake: a valid ClientHello, whole or in fragments, is answered with our flight. */
    @Test
    void validClientHelloIsAnswered() throws Exception {
        for (String seed : List.of("bc-client-hello", "bc-client-hello-fragmented-80")) {
            byte[] input = getClass().getResourceAsStream("DtlsRecordFuzzTestInputs/records/" + seed).readAllBytes();
            assertThat(handshake(input).sent).as(seed).isGreaterThan(0);
        }
    }

    private static FuzzedTransport handshake(byte[] input) {
        FuzzedTransport transport = new FuzzedTransport(datagrams(input));
        DtlsSrtpServer server = new DtlsSrtpServer(CRYPTO, CERTIFICATE, PEER,
            1000, keys -> {
            });
        try {
            new DTLSServerProtocol().accept(server, transport);
            throw new AssertionError("a handshake completed without the client's certificate");
        } catch (IOException expected) {
            // An alert, the end of the input, or a refused certificate: what DtlsHandshake reports as a failure.
        }
        assertThat(server.keys()).isNull();
        return transport;
    }

    /** Seeded random datagrams and mutations of the corpus, in the normal test command (Jazzer replays only the corpus). */
    @Test
    void recordsRandomized() throws Exception {
        long seed = Long.getLong("parley.fuzz.seed", 0x5eed_2026L);
        SplittableRandom random = new SplittableRandom(seed);
        List<byte[]> corpus = new ArrayList<>();
        try (var files = Files.list(Path.of(getClass().getResource("DtlsRecordFuzzTestInputs/records").toURI()))) {
            for (Path file : files.sorted().toList()) {
                corpus.add(Files.readAllBytes(file));
            }
        }
        assertThat(corpus).isNotEmpty();
        for (int i = 0; i < 400; i++) {
            byte[] input = corpus.get(random.nextInt(corpus.size())).clone();
            for (int flips = 1 + random.nextInt(8); flips > 0 && input.length > 0; flips--) {
                input[random.nextInt(input.length)] = (byte) random.nextInt(256);
            }
            if (random.nextInt(4) == 0) {
                input = Arrays.copyOf(input, random.nextInt(input.length + 1));
            }
            try {
                records(input);
            } catch (Throwable t) {
                throw new AssertionError("seed " + seed + ", input #" + i + ": " + HexFormat.of().formatHex(input), t);
            }
        }
    }

    /** Splits the fuzz input into datagrams and keeps those the UDP demux would hand to the DTLS handshake. */
    static Queue<byte[]> datagrams(byte[] input) {
        Queue<byte[]> out = new ArrayDeque<>();
        ByteBuffer in = ByteBuffer.wrap(input);
        while (in.remaining() >= 2) {
            int len = Math.min(in.getShort() & 0xFFFF, in.remaining());
            byte[] datagram = new byte[len];
            in.get(datagram);
            if (PacketKind.classify(datagram, 0, len) == PacketKind.DTLS && len <= QueueDatagramTransport.RECEIVE_LIMIT) {
                out.add(datagram);
            }
        }
        return out;
    }

    /** Hands the datagrams over in order, then fails the next read as the end of input; what the server sends is dropped. */
    private static final class FuzzedTransport implements DatagramTransport {
        private final Queue<byte[]> datagrams;
        private int sent;

        FuzzedTransport(Queue<byte[]> datagrams) {
            this.datagrams = datagrams;
        }

        @Override
        public int getReceiveLimit() {
            return QueueDatagramTransport.RECEIVE_LIMIT;
        }

        @Override
        public int getSendLimit() {
            return QueueDatagramTransport.SEND_LIMIT;
        }

        @Override
        public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
            byte[] next = datagrams.poll();
            if (next == null) {
                throw new IOException("end of fuzz input");
            }
            int n = Math.min(len, next.length);
            System.arraycopy(next, 0, buf, off, n);
            return n;
        }

        @Override
        public void send(byte[] buf, int off, int len) {
            sent++;
        }

        @Override
        public void close() {
        }
    }
}
