package dev.parley.media.sfu;

import dev.parley.media.sfu.rtp.DtlsFingerprint;
import dev.parley.media.transport.CloseReason;
import dev.parley.media.transport.TransportListener;
import dev.parley.media.transport.TransportStats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory {@link MediaLink.Factory} for core tests: no sockets, no crypto. Each opened link records what the SFU sends
 * and lets the test play the browser (deliver RTP/RTCP, report connected or closed).
 */
final class FakeLinks implements MediaLink.Factory {
    final List<Link> opened = new CopyOnWriteArrayList<>();
    volatile boolean closed;

    @Override
    public MediaLink open(String localUfrag, String localPwd, TransportListener listener) {
        Link link = new Link(localUfrag, listener);
        opened.add(link);
        return link;
    }

    @Override
    public int port() {
        return 40000;
    }

    @Override
    public DtlsFingerprint localFingerprint() {
        return new DtlsFingerprint("sha-256", "AA:BB");
    }

    @Override
    public TransportStats endpointStats() {
        return new TransportStats(0, 0, 0, 0, Map.of());
    }

    @Override
    public void close() {
        closed = true;
    }

    /** The link opened for the transport with this local ufrag. */
    Link linkOf(WebRtcTransport transport) {
        String ufrag = transport.localParameters().ice().usernameFragment();
        return opened.stream().filter(l -> l.localUfrag.equals(ufrag)).findFirst().orElseThrow();
    }

    static final class Link implements MediaLink {
        final String localUfrag;
        final TransportListener listener;
        final List<byte[]> rtpSent = new CopyOnWriteArrayList<>();
        final List<byte[]> rtcpSent = new CopyOnWriteArrayList<>();
        volatile boolean closed;
        volatile String remoteUfrag;

        Link(String localUfrag, TransportListener listener) {
            this.localUfrag = localUfrag;
            this.listener = listener;
        }

        @Override
        public void setRemote(String ufrag, String pwd, DtlsFingerprint fingerprint) {
            remoteUfrag = ufrag;
        }

        @Override
        public void sendRtp(byte[] buf, int off, int len) {
            rtpSent.add(Arrays.copyOfRange(buf, off, off + len));
        }

        @Override
        public void sendRtcp(byte[] buf, int off, int len) {
            rtcpSent.add(Arrays.copyOfRange(buf, off, off + len));
        }

        @Override
        public TransportStats stats() {
            return new TransportStats(0, 0, rtpSent.size() + rtcpSent.size(), 0, Map.of());
        }

        @Override
        public void close() {
            closed = true;
        }

        void deliverRtp(byte[] packet) {
            byte[] padded = new byte[packet.length + 10]; // the reader hands a view into a larger buffer
            System.arraycopy(packet, 0, padded, 5, packet.length);
            listener.onRtp(padded, 5, packet.length);
        }

        void deliverRtcp(byte[] packet) {
            listener.onRtcp(packet, 0, packet.length);
        }

        void connected() {
            listener.onConnected();
        }

        void fail(CloseReason reason) {
            listener.onClosed(reason);
        }

        List<byte[]> rtp() {
            return new ArrayList<>(rtpSent);
        }
    }
}
