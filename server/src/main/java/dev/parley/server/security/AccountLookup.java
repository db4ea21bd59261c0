package dev.parley.server.security;

/** Whether an account still exists; implemented by the users table's repository (security knows no SQL). */
public interface AccountLookup {
    boolean exists(long userId);
}
