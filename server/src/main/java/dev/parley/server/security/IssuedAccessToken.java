package dev.parley.server.security;

import java.time.Duration;

/** A freshly signed access token and how long it stays valid. */
public record IssuedAccessToken(String token, Duration ttl) {
    @Override
    public String toString() {
        return "IssuedAccessToken[ttl=" + ttl + "]";
    }
}
