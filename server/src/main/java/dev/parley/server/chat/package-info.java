/** In-meeting chat: validated, rate-limited, stored-before-broadcast messages, private messages, history and export. */
package dev.parley.server.chat;
