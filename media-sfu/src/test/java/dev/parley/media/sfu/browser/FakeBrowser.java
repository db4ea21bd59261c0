package dev.parley.media.sfu.browser;

import dev.parley.media.sfu.rtp.LocalTransportParameters;
import dev.parley.media.sfu.rtp.RemoteTransportParameters;
import dev.parley.media.transport.dtls.DtlsCertificate;
import dev.parley.media.transport.ice.IceParameters;
import dev.parley.media.transport.srtp.PacketView;
import dev.parley.media.transport.srtp.SrtpResult;
import dev.parley.media.transport.srtp.SrtpSession;
import dev.parley.media.wire.stun.StunMessage;
import dev.parley.media.wire.stun.StunMessageBuilder;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.UDPTransport;

/**
 * One browser peer connection played in the JVM over loopback UDP: an ICE check with USE-CANDIDATE (RFC 8445 §7.1), a DTLS
 * client handshake, then SRTP both ways. Decrypted RTP and RTCP from the SFU land in {@link #rtp} / {@link #rtcp}.
 */
public final class FakeBrowser implements AutoCloseable {
    private final DatagramSocket socket;
    private final IceParameters ice = IceParameters.random();
    private final DtlsCertificate certificate = DtlsCertificate.generate();
    private final String name;
    private volatile SrtpSession srtp;
    private Thread reader;
    public final BlockingQueue<byte[]> rtp = new LinkedBlockingQueue<>();
    public final BlockingQueue<byte[]> rtcp = new LinkedBlockingQueue<>();

    public FakeBrowser(String name, int serverPort) throws SocketException {
        this.name = name;
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), serverPort));
    }

    /** What this browser's SDP would say: its ICE credentials and certificate fingerprint. */
    public RemoteTransportParameters parameters() {
        return new RemoteTransportParameters(ice, certificate.fingerprint());
    }

    /** ICE check until answered (≤ 2 s), DTLS handshake, SRTP contexts, then a reader thread. */
    public void connect(LocalTransportParameters server) throws IOException {
        connect(server, true);
    }

    /**
     * Like {@link #connect(LocalTransportParameters)}; without {@code readMedia} nothing reads the socket afterwards (the kernel
     * drops what overflows), so a benchmark's process CPU is the SFU's, not the fake subscribers'.
     */
    public void connect(LocalTransportParameters server, boolean readMedia) throws IOException {
        checkUntilAnswered(server.ice().ufrag(), server.ice().pwd());
        BrowserDtlsClient client = new BrowserDtlsClient(certificate);
        new DTLSClientProtocol().connect(client, new UDPTransport(socket, 1500));
        srtp = new SrtpSession(client.keys(), false);
        socket.setSoTimeout(0); // BouncyCastle's UDPTransport leaves its last wait time on the socket
        if (readMedia) {
            reader = Thread.ofPlatform().name("fake-browser-" + name).daemon().start(this::readLoop);
        }
    }

    private void checkUntilAnswered(String serverUfrag, String serverPwd) throws IOException {
        socket.setSoTimeout(100);
        for (int attempt = 0; attempt < 20; attempt++) {
            byte[] tid = new byte[12];
            ThreadLocalRandom.current().nextBytes(tid);
            byte[] request = new StunMessageBuilder(StunMessage.BINDING_REQUEST, tid)
                    .username(serverUfrag + ":" + ice.ufrag()).priority(0x6e0001ffL).iceControlling(7L).useCandidate()
                    .build(serverPwd.getBytes(StandardCharsets.UTF_8), true);
            socket.send(new DatagramPacket(request, request.length));
            byte[] buf = new byte[1500];
            DatagramPacket answer = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(answer);
                StunMessage parsed = StunMessage.parse(buf, 0, answer.getLength());
                if (parsed != null && parsed.type() == StunMessage.BINDING_SUCCESS) {
                    return;
                }
            } catch (SocketTimeoutException retry) {
                // the transport may not be connected yet: check again, as a browser does
            }
        }
        throw new IOException(name + ": no ICE answer");
    }

    public void sendRtp(byte[] packet) throws IOException {
        send(packet, false);
    }

    public void sendRtcp(byte[] packet) throws IOException {
        send(packet, true);
    }

    private void send(byte[] packet, boolean isRtcp) throws IOException {
        sendProtected(protect(packet, isRtcp));
    }

    /** SRTP- or SRTCP-protects a packet without sending it (a benchmark encrypts ahead of time). */
    public byte[] protect(byte[] packet, boolean isRtcp) throws IOException {
        PacketView view = new PacketView().set(Arrays.copyOf(packet, packet.length + 32), 0, packet.length);
        SrtpResult result = isRtcp ? srtp.protectRtcp(view) : srtp.protectRtp(view);
        if (result != SrtpResult.OK) {
            throw new IOException("protect failed: " + result);
        }
        return Arrays.copyOfRange(view.getBuffer(), view.getOffset(), view.getOffset() + view.getLength());
    }

    /** Sends bytes as they are (already protected). */
    public void sendProtected(byte[] datagram) throws IOException {
        socket.send(new DatagramPacket(datagram, datagram.length));
    }

    private void readLoop() {
        byte[] buf = new byte[2048];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException stillOpen) {
                continue;
            } catch (IOException closed) {
                return;
            }
            int len = packet.getLength();
            if (len < 12 || (buf[0] & 0xC0) != 0x80) {
                continue; // STUN or DTLS retransmissions: not media
            }
            int pt = buf[1] & 0xFF;
            boolean isRtcp = pt >= 192 && pt <= 223; // RFC 5761 §4
            PacketView view = new PacketView().set(Arrays.copyOf(buf, len), 0, len);
            SrtpResult result = isRtcp ? srtp.unprotectRtcp(view) : srtp.unprotectRtp(view);
            if (result == SrtpResult.OK) {
                byte[] clear = Arrays.copyOfRange(view.getBuffer(), view.getOffset(), view.getOffset() + view.getLength());
                (isRtcp ? rtcp : rtp).add(clear);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        socket.close();
        if (reader != null) {
            reader.join(2000);
        }
    }
}
