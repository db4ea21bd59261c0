/**
 * What counts as text: the one rule every string from a client obeys (no NUL, no lone UTF-16 surrogate), the stricter rule of
 * names and titles (no control characters, no bidirectional overrides), and the JSON hook that applies the first to every body.
 */
package dev.parley.server.text;
