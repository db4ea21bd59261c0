package dev.parley.media.sfu;

import dev.parley.media.transport.CloseReason;
import dev.parley.media.transport.TrafficStats;
import dev.parley.media.transport.UdpPeer;
import dev.parley.media.transport.ice.IceParameters;
import dev.parley.media.wire.sdp.DtlsFingerprint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory {@link UdpPeers} for core tests: no sockets, no crypto. Each opened peer records what the SFU sends
 * and lets the test play the browser (deliver RTP/RTCP, report connected or closed).
 */
final class FakePeers implements UdpPeers {
    final List<Peer> opened = new CopyOnWriteArrayList<>();
    volatile boolean closed;

    @Override
    public Peer open(IceParameters local, UdpPeer.Listener listener) {
        Peer peer = new Peer(local.ufrag(), listener);
        opened.add(peer);
        return peer;
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
    public TrafficStats stats() {
        return new TrafficStats(0, 0, 0, 0, Map.of());
    }

    @Override
    public void close() {
        closed = true;
    }

    /** The peer opened for the transport with this local ufrag. */
    Peer peerOf(WebRtcTransport transport) {
        String ufrag = transport.localParameters().ice().ufrag();
        return opened.stream().filter(l -> l.localUfrag.equals(ufrag)).findFirst().orElseThrow();
    }

    static final class Peer implements UdpPeers.Peer {
        final String localUfrag;
        final UdpPeer.Listener listener;
        final List<byte[]> rtpSent = new CopyOnWriteArrayList<>();
        final List<byte[]> rtcpSent = new CopyOnWriteArrayList<>();
        volatile boolean closed;
        volatile String remoteUfrag;

        Peer(String localUfrag, UdpPeer.Listener listener) {
            this.localUfrag = localUfrag;
            this.listener = listener;
        }

        @Override
        public void setRemote(IceParameters remote, DtlsFingerprint fingerprint) {
            remoteUfrag = remote.ufrag();
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
        public TrafficStats stats() {
            return new TrafficStats(0, 0, rtpSent.size() + rtcpSent.size(), 0, Map.of());
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
