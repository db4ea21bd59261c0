/** Per-RTP-stream logic with no I/O and no threads: renumbering, receive statistics, NACK, retransmission cache, keyframe pacing. */
package dev.parley.media.sfu.stream;
