/** Who is calling: the access-token (JWT) format, the Bearer filter, password hashing, and the HTTP security rules. */
package dev.parley.server.security;
