/** Per-RTP-stream logic with no I/O and no threads: renumbering, receive statistics, NACK, the
 * per-stream retransmission cache and each Consumer's log of what it sent, keyframe pacing. */
package dev.parley.media.sfu.stream;
