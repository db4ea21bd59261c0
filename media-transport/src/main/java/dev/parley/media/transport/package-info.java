/**
 * One UDP port for every browser: datagram demux ({@link dev.parley.media.transport.UdpEndpoint}), optionally the same demux for
 * ICE-TCP connections ({@link dev.parley.media.transport.TcpMediaPort}), and, per remote peer, ICE-lite, DTLS and SRTP
 * ({@link dev.parley.media.transport.UdpPeer}). Bytes in, bytes out: RTP semantics live in media-sfu.
 */
package dev.parley.media.transport;
