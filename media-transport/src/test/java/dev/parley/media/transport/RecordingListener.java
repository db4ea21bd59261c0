package dev.parley.media.transport;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener that keeps copies of what it hears, for assertions. */
class RecordingListener implements UdpPeer.Listener {

    final CompletableFuture<Void> connected = new CompletableFuture<>();
    final CompletableFuture<CloseReason> closed = new CompletableFuture<>();
    final List<byte[]> rtp = new CopyOnWriteArrayList<>();
    final List<byte[]> rtcp = new CopyOnWriteArrayList<>();

    @Override
    public void onConnected() {
        connected.complete(null);
    }

    @Override
    public void onRtp(byte[] buf, int off, int len) {
        rtp.add(Arrays.copyOfRange(buf, off, off + len));
    }

    @Override
    public void onRtcp(byte[] buf, int off, int len) {
        rtcp.add(Arrays.copyOfRange(buf, off, off + len));
    }

    @Override
    public void onClosed(CloseReason reason) {
        closed.complete(reason);
    }
}
