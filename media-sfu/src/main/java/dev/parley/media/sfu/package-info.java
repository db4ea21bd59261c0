/**
 * The selective forwarding unit: Routers, WebRtcTransports, Producers and Consumers.
 *
 * <p>The packet path, one class per step: media-transport's {@code UdpEndpoint} and {@code UdpPeer} (read, demux, SRTP) → {@link
 * dev.parley.media.sfu.WebRtcTransport} (copy, post to the loop, find the Producer by SSRC/mid/rid) → {@link
 * dev.parley.media.sfu.Producer} (stats, NACK, RTX, keyframes, the stream's retransmission cache) → {@link
 * dev.parley.media.sfu.Router} (fan-out) → {@link dev.parley.media.sfu.Consumer} (keyframe gate, rewrite via
 * {@code OutboundPacket}) → {@link dev.parley.media.sfu.WebRtcTransport} (SRTP protect and send through its UdpPeer).
 *
 * <p>Ownership is a tree (decision 0008): MediaServer → Router → WebRtcTransports, Producers, Consumers. Children report up
 * through their own small listener interfaces and run on the Router's {@code RouterLoop}; none holds a Router.
 */
package dev.parley.media.sfu;
