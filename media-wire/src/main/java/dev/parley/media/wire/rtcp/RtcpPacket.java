package dev.parley.media.wire.rtcp;

/**
 * One typed packet of an RTCP compound. Every implementation parses with a static {@code parse(buf, off, len)} that returns null
 * on malformed bytes, and writes itself back so that {@code parse(write(x)) equals x}.
 */
public sealed interface RtcpPacket
    permits SenderReport, ReceiverReport, Sdes, Bye, GenericNack, Pli, Fir, Remb, TransportCc {

    /** Size of the written packet in bytes, header and padding included (a multiple of 4). */
    int size();

    /**
     * Writes the packet at {@code dst[off]}.
     *
     * @return bytes written ({@link #size()}), or -1 when {@code dst} has no room
     */
    int write(byte[] dst, int off);
}
