/** Byte-level media formats parsed in place: RTP, RTCP, STUN, codec payload descriptors and SDP. No I/O, no threads. */
package dev.parley.media.wire;
