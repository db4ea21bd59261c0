/** Screen sharing rules of a live conference: the conference's screen_sharing_enabled flag, one presenter at a time. */
package dev.parley.server.screenshare;
