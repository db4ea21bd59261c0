package dev.parley.server.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL only (an external server is configured by its own operator).
 *
 * @param durable true (the default): a write is on disk before it is acknowledged ({@code fsync} and {@code synchronous_commit}
 *                on), so a chat message a client saw acknowledged survives {@code kill -9} or a power cut. false: both off,
 *                several times faster writes, but a crash can lose the last writes that were already acknowledged — for tests
 *                and throwaway demos only
 */
@ConfigurationProperties("parley.db.embedded")
record EmbeddedDatabaseProperties(@DefaultValue("true") boolean durable) {
}
