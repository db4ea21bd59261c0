package dev.parley.server.database;

import dev.parley.server.config.ParleyProperties;

/** A PostgreSQL server someone else runs (production, CI): nothing to start or stop. */
record ExternalDatabaseServer(String jdbcUrl, String user, String password) implements DatabaseServer {
    ExternalDatabaseServer(ParleyProperties.Db db) {
        this(db.url(), db.user(), db.password());
    }

    @Override
    public void close() {
        // not ours to stop
    }

    @Override
    public String toString() {
        return "ExternalDatabaseServer[" + jdbcUrl + "]";
    }
}
