package dev.parley.media.transport;

import dev.parley.media.transport.dtls.DtlsCertificate;
import dev.parley.media.transport.ice.CidrRange;
import dev.parley.media.transport.ice.IceParameters;
import dev.parley.media.transport.srtp.SrtpKeys;
import dev.parley.media.transport.srtp.SrtpProfile;
import dev.parley.media.wire.sdp.DtlsFingerprint;
import dev.parley.media.wire.stun.StunMessage;
import dev.parley.media.wire.stun.StunMessageBuilder;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.UDPTransport;

/** The browser side of an in-JVM test: one loopback UDP socket, a tiny STUN client and a DTLS client. */
final class TestPeer implements AutoCloseable {

    final DatagramSocket socket;
    final IceParameters ice = IceParameters.random();
    final DtlsCertificate certificate = DtlsCertificate.generate();
    /** The raw bytes of the last STUN answer. */
    byte[] lastAnswer;

    /** An endpoint on 127.0.0.1, a free port, answering checks from loopback only (TESTING.md: keep media on loopback). */
    static UdpEndpointConfig loopbackConfig() {
        return UdpEndpointConfig.defaults()
                .withBindAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .withAllowedIceSources(CidrRange.LOOPBACK);
    }

    TestPeer(InetSocketAddress server) throws IOException {
        this(server, InetAddress.getLoopbackAddress());
    }

    TestPeer(InetSocketAddress server, InetAddress local) throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(local, 0));
        socket.connect(server);
        socket.setSoTimeout(2000);
    }

    DtlsFingerprint fingerprint() {
        return certificate.fingerprint();
    }

    /** Sends a Binding request as a controlling full agent would; returns the parsed answer, or null after 500 ms. */
    StunMessage check(String serverUfrag, String serverPwd, boolean useCandidate) throws IOException {
        byte[] tid = new byte[12];
        ThreadLocalRandom.current().nextBytes(tid);
        StunMessageBuilder builder = new StunMessageBuilder(StunMessage.BINDING_REQUEST, tid)
                .username(serverUfrag + ":" + ice.ufrag())
                .priority(0x6e0001ffL)
                .iceControlling(42L);
        if (useCandidate) {
            builder.useCandidate();
        }
        send(builder.build(serverPwd.getBytes(StandardCharsets.UTF_8), true));
        byte[] answer = receive(500);
        lastAnswer = answer;
        return answer == null ? null : StunMessage.parse(answer, 0, answer.length);
    }

    /** Runs a DTLS client handshake over the socket and returns the exported keys. */
    SrtpKeys handshake(DtlsFingerprint serverFingerprint, SrtpProfile... offered) throws IOException {
        TestDtlsClient client = new TestDtlsClient(certificate, serverFingerprint, offered);
        new DTLSClientProtocol().connect(client, new UDPTransport(socket, 1500));
        return client.keys();
    }

    void send(byte[] datagram) throws IOException {
        socket.send(new DatagramPacket(datagram, datagram.length));
    }

    /** The next datagram, or null after {@code timeoutMillis}. */
    byte[] receive(int timeoutMillis) throws IOException {
        byte[] buf = new byte[2048];
        DatagramPacket packet = new DatagramPacket(buf, buf.length);
        socket.setSoTimeout(timeoutMillis);
        try {
            socket.receive(packet);
        } catch (SocketTimeoutException e) {
            return null;
        }
        return Arrays.copyOf(buf, packet.getLength());
    }

    @Override
    public void close() {
        socket.close();
    }
}
