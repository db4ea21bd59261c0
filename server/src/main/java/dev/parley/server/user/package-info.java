/** Accounts: registration, the users table, and the signed-in user's own profile. */
package dev.parley.server.user;
