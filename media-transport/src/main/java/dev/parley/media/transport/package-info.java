/** One UDP port for every peer: datagram demux, ICE-lite, DTLS and SRTP. */
package dev.parley.media.transport;
