/** TURN relay credentials: the RTCIceServer entries each participant gets, time-limited per coturn's shared-secret scheme. */
package dev.parley.server.turn;
