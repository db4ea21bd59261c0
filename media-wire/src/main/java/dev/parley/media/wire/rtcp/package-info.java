/** RTCP (RFC 3550, 4585, 5104): compound iteration, one class per packet type with symmetric parse/write, transport-cc feedback. */
package dev.parley.media.wire.rtcp;
