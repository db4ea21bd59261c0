/**
 * The selective forwarding unit: Routers, WebRtcTransports, Producers and Consumers.
 *
 * <p>The packet path, one class per step: media-transport's {@code UdpEndpoint} (read, demux, SRTP) → {@link
 * dev.parley.media.sfu.WebRtcTransport} (copy, post to the loop, find the Producer by SSRC/mid/rid) → {@link
 * dev.parley.media.sfu.Producer} (stats, NACK, RTX, keyframes) → {@link dev.parley.media.sfu.Router} (fan-out) → {@link
 * dev.parley.media.sfu.Consumer} (keyframe gate, rewrite via {@code OutboundPacket}) → {@link dev.parley.media.sfu.WebRtcTransport}
 * (SRTP protect and send through its media-transport session).
 */
package dev.parley.media.sfu;
