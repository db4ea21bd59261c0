/** SRTP/SRTCP (RFC 3711, RFC 7714) on jitsi-srtp: contexts per SSRC from DTLS-exported keys, in-place protect/unprotect. */
package dev.parley.media.transport.srtp;
