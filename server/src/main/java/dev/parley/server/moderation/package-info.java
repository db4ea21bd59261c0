/** Host controls (mute, stop video, remove, readmit), the raised-hand queue and emoji reactions of live conferences. */
package dev.parley.server.moderation;
