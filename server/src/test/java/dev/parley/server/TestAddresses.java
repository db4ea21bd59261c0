package dev.parley.server;

import java.util.concurrent.atomic.AtomicInteger;

/** Client addresses for X-Forwarded-For under {@link OverloadServerTest}: each call a private (10/8) one no other caller got. */
public final class TestAddresses {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestAddresses() {
    }

    /** Unique within the JVM, which is enough: the server's limits live in memory. */
    public static String next() {
        int n = NEXT.incrementAndGet();
        return "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }
}
