/** Scheduled meetings: create/edit/cancel, invitees and their answers, recurrence, iCalendar export and feeds. */
package dev.parley.server.meeting;
