package dev.parley.media.transport;

import dev.parley.media.transport.dtls.DtlsCertificate;
import dev.parley.media.transport.ice.IceParameters;
import dev.parley.media.transport.srtp.SrtpKeys;
import dev.parley.media.transport.srtp.SrtpProfile;
import dev.parley.media.wire.sdp.DtlsFingerprint;
import dev.parley.media.wire.stun.StunMessage;
import dev.parley.media.wire.stun.StunMessageBuilder;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.DatagramTransport;

/** The browser side of an ICE-TCP test: the active end of one TCP connection, RFC 4571 framing, STUN and a DTLS client. */
final class TcpTestPeer implements AutoCloseable {
    final Socket socket;
    final IceParameters ice = IceParameters.random();
    final DtlsCertificate certificate = DtlsCertificate.generate();
    private final DataInputStream in;
    private final DataOutputStream out;

    TcpTestPeer(InetSocketAddress server) throws IOException {
        socket = new Socket();
        socket.connect(server, 2000);
        socket.setTcpNoDelay(true);
        in = new DataInputStream(socket.getInputStream());
        out = new DataOutputStream(socket.getOutputStream());
    }

    DtlsFingerprint fingerprint() {
        return certificate.fingerprint();
    }

    /** Sends a framed Binding request as a controlling agent would; the parsed answer, or null if none came in 2 s. */
    StunMessage check(String serverUfrag, String serverPwd) throws IOException {
        byte[] tid = new byte[12];
        ThreadLocalRandom.current().nextBytes(tid);
        send(new StunMessageBuilder(StunMessage.BINDING_REQUEST, tid)
                .username(serverUfrag + ":" + ice.ufrag())
                .priority(0x5a0001ffL)
                .iceControlling(42L)
                .useCandidate()
                .build(serverPwd.getBytes(StandardCharsets.UTF_8), true));
        byte[] answer;
        try {
            answer = receive(2000);
        } catch (EOFException closed) {
            return null;
        }
        return answer == null ? null : StunMessage.parse(answer, 0, answer.length);
    }

    SrtpKeys handshake(DtlsFingerprint serverFingerprint, SrtpProfile... offered) throws IOException {
        TestDtlsClient client = new TestDtlsClient(certificate, serverFingerprint, offered);
        new DTLSClientProtocol().connect(client, new Framed());
        return client.keys();
    }

    /** One RFC 4571 frame. */
    void send(byte[] packet) throws IOException {
        out.writeShort(packet.length);
        out.write(packet);
        out.flush();
    }

    /** Raw bytes, no framing (to test what a broken client sends). */
    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next frame, or null after {@code timeoutMillis}. @throws EOFException when the server closed the connection */
    byte[] receive(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        try {
            int len = in.readUnsignedShort();
            byte[] frame = new byte[len];
            in.readFully(frame);
            return frame;
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    /** True once the server closed the connection (reads end of stream within {@code timeoutMillis}). */
    boolean closedByServer(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        try {
            while (true) {
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** DTLS records over the framed stream: one record flight per frame, as ICE-TCP carries them. */
    private final class Framed implements DatagramTransport {
        @Override
        public int getReceiveLimit() {
            return 1500;
        }

        @Override
        public int getSendLimit() {
            return 1400;
        }

        @Override
        public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
            byte[] frame = TcpTestPeer.this.receive(Math.max(waitMillis, 1));
            if (frame == null) {
                return -1;
            }
            System.arraycopy(frame, 0, buf, off, Math.min(len, frame.length));
            return Math.min(len, frame.length);
        }

        @Override
        public void send(byte[] buf, int off, int len) throws IOException {
            byte[] packet = new byte[len];
            System.arraycopy(buf, off, packet, 0, len);
            TcpTestPeer.this.send(packet);
        }

        @Override
        public void close() {
            // the test closes the socket
        }
    }
}
