/** Errors for people: every 4xx/5xx leaves as RFC 9457 application/problem+json with a human sentence and the offending fields. */
package dev.parley.server.problem;
