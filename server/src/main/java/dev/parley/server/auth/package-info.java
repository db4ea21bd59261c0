/** Signing in and staying signed in: login with throttling, rotating refresh tokens, logout. */
package dev.parley.server.auth;
