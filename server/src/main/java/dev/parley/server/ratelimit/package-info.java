/** Per-client-address request limits for anonymous, expensive endpoints (registration, guest joins with a passcode). */
package dev.parley.server.ratelimit;
