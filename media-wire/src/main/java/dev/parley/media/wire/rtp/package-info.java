/** RTP packets (RFC 3550) parsed in place, header extensions (RFC 8285), RTX (RFC 4588) and wrap-around sequence arithmetic. */
package dev.parley.media.wire.rtp;
