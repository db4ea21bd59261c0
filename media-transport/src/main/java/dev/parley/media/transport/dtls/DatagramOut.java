package dev.parley.media.transport.dtls;

import java.io.IOException;

/** Where a session's DTLS datagrams go: its selected remote address on the shared UDP port. */
@FunctionalInterface
public interface DatagramOut {

    /** Sends {@code buf[off, off + len)} as one datagram. */
    void send(byte[] buf, int off, int len) throws IOException;
}
