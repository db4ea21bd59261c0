/** The selective forwarding unit: Routers, WebRtcTransports, Producers and Consumers. */
package dev.parley.media.sfu;
