/**
 * RTP parameters exchanged between SDP negotiation and the forwarding core: codecs, header extensions, encodings.
 * These records are the seam between {@code dev.parley.media.sfu.sdp} (which reads and writes SDP) and the Router,
 * Producers and Consumers (which never see SDP).
 */
package dev.parley.media.sfu.rtp;
