/** Tests with real libwebrtc clients (the loadtest module's bots) instead of browsers: signaling and the SFU end to end. */
package dev.parley.server.bot;
