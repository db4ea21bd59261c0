/** DTLS 1.2 server for DTLS-SRTP (RFC 5763/5764) on BouncyCastle: certificate, fingerprint check, keying material export. */
package dev.parley.media.transport.dtls;
