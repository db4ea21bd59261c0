package dev.parley.server.browser;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A person for one browser test. Usernames are unique per run because every test shares one database (one Spring
 * context, and the embedded database may keep data across runs).
 */
record TestAccount(String username, String email, String password) {

    /** {@code <prefix>_<6 hex digits>}: readable in screenshots, unique enough for a test run (16.7 M values). */
    static TestAccount fresh(String prefix) {
        String username = prefix + "_" + String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
        return new TestAccount(username, username + "@example.org", "correct horse battery staple");
    }
}
