package dev.parley.media.transport;

/**
 * Why a datagram or packet was dropped. Every drop in the media plane names one of these and is counted
 * ({@link TrafficStats#drops()}); the SFU adds its own reasons below the transport ones.
 */
public enum DropReason {
    /** Larger than the configured maximum datagram size (the read buffer would have truncated it). */
    OVERSIZE,
    /** The first byte matches no protocol we speak (RFC 7983), e.g. ZRTP or a TURN channel. */
    UNKNOWN_PACKET_KIND,
    /** Too short to be a packet of the kind its first byte claims. */
    TRUNCATED,
    /** DTLS, RTP or RTCP from an address no valid ICE check has come from. */
    UNKNOWN_SOURCE,
    /** A STUN message whose structure is broken. */
    MALFORMED_STUN,
    /** A well-formed STUN message that is not a Binding request (indications, responses): an ICE-lite server needs none. */
    STUN_NOT_BINDING_REQUEST,
    /** An ICE check from an address outside the allowed ICE source ranges. */
    ICE_SOURCE_NOT_ALLOWED,
    /** USERNAME missing, not "local:remote", or naming the wrong remote ufrag. */
    ICE_BAD_USERNAME,
    /** USERNAME names a local ufrag no peer owns. */
    ICE_UNKNOWN_UFRAG,
    /** MESSAGE-INTEGRITY missing or not matching the local password. */
    ICE_BAD_INTEGRITY,
    /** FINGERPRINT missing or wrong. */
    ICE_BAD_FINGERPRINT,
    /** DTLS datagrams arrive faster than the handshake thread takes them. */
    DTLS_QUEUE_FULL,
    /** DTLS after the handshake is over and no reader is left (e.g. the peer is closing). */
    DTLS_UNEXPECTED,
    /** RTP or RTCP before DTLS has produced SRTP keys. */
    SRTP_NOT_READY,
    /** SRTP or SRTCP authentication tag wrong. */
    SRTP_AUTH_FAILED,
    /** SRTP or SRTCP packet already seen, or older than the replay window. */
    SRTP_REPLAY,
    /** Not a valid SRTP or SRTCP packet (too short, bad header). */
    SRTP_INVALID,
    /** More SSRCs than one peer may use (each costs a crypto context). */
    SRTP_TOO_MANY_SSRCS,
    /** Send attempted on a closed peer or before ICE chose an address. */
    NOT_CONNECTED,
    /** The socket refused the datagram. */
    SEND_FAILED,

    // --- ICE over TCP (RFC 6544, RFC 4571 framing): each of these also closes the connection, except TCP_SEND_BACKLOG ---

    /** A TCP connection beyond the configured maximum: refused at accept. */
    TCP_CONNECTION_LIMIT,
    /** A frame longer than the maximum datagram size: the stream cannot be trusted any more. */
    TCP_FRAME_OVERSIZE,
    /** A TCP connection whose first frame was not a valid ICE check for a known peer (garbage, a port scan, a stale ufrag). */
    TCP_NOT_ICE,
    /** A TCP connection that sent no complete frame for too long (slowloris, a dead client), or no valid check in time. */
    TCP_IDLE,
    /** The peer reads slower than we send: its outgoing buffer is full, so the packet is dropped (never half a frame). */
    TCP_SEND_BACKLOG,

    // --- SFU (media-sfu): why a decrypted packet was not forwarded ---

    /** Decrypted bytes that do not parse as RTP (RFC 3550 §5.1) or RTCP (§6.1). */
    SFU_MALFORMED,
    /** RTP whose SSRC, mid and rid match no Producer on its transport. */
    SFU_UNKNOWN_SSRC,
    /** RTP with a payload type the Producer did not negotiate. */
    SFU_UNKNOWN_PAYLOAD_TYPE,
    /** An RTX packet without an original sequence number: a padding-only bandwidth probe (RFC 4588 §4). */
    SFU_PADDING_ONLY,
    /** The Producer is paused (the publisher muted). */
    SFU_PRODUCER_PAUSED,
    /** The Consumer is paused (the subscriber does not want this track now). */
    SFU_CONSUMER_PAUSED,
    /** A video Consumer drops delta frames until its first keyframe (decision 0002 §3). */
    SFU_WAITING_FOR_KEYFRAME,
    /** A late packet from before the Consumer's current segment: it cannot be numbered without a collision. */
    SFU_TOO_OLD,
    /** A NACKed packet the retransmission cache no longer holds (overwritten or older than its age limit). */
    SFU_NOT_IN_CACHE,
    /** The Router's event loop has too many queued packets: it is overloaded, shedding load beats growing the heap. */
    SFU_ROUTER_OVERLOADED,
    /** Bytes arrived for a transport whose Router is already closed. */
    SFU_CLOSED,
    /** An RTX packet for a sequence number already received: Chromium probes bandwidth by resending old packets. */
    SFU_REDUNDANT_RETRANSMISSION,
}
