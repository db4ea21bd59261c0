/** The conference lifecycle of a meeting: start/stop, join rules and tokens, the lobby, attendance records. */
package dev.parley.server.lifecycle;
