package dev.parley.server.database;

/** Where the connection pool connects; closing it stops the server if this process started it. */
interface DatabaseServer extends AutoCloseable {
    String jdbcUrl();

    String user();

    String password();

    @Override
    void close();
}
