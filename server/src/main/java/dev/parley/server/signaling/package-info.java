/** The signaling WebSocket {@code /ws}: JSON messages (docs/protocol.md), one handler class per message type. */
package dev.parley.server.signaling;
