/** A non-browser Parley participant on real libwebrtc (webrtc-java): signs in, joins, publishes synthetic media, counts what it receives. */
package dev.parley.loadtest.bot;
