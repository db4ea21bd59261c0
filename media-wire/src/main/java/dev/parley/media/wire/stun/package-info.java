/** STUN messages (RFC 8489/5389) as used by ICE (RFC 8445): parse, verify MESSAGE-INTEGRITY and FINGERPRINT, build. */
package dev.parley.media.wire.stun;
