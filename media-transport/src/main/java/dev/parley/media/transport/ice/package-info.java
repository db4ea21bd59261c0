/** ICE-lite (RFC 8445 §2.5): local credentials, answering connectivity checks, the selected address and consent freshness. */
package dev.parley.media.transport.ice;
