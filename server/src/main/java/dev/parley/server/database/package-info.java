/** Which PostgreSQL the process talks to: a configured server, or an embedded one kept under the data directory. */
package dev.parley.server.database;
