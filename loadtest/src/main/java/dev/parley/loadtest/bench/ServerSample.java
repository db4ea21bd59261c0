package dev.parley.loadtest.bench;

/**
 * One look at the server process during a soak.
 *
 * @param label      when it was taken ("start", "5 min", "end")
 * @param seconds    since the soak started
 * @param joins      bot joins so far
 * @param abrupt     visits so far that ended without a {@code leave}
 * @param threads    the process's threads ({@code Threads:} of {@code /proc/<pid>/status}: JVM and native)
 * @param fds        open file descriptors ({@code /proc/<pid>/fd} entries: sockets, jars, the UDP media port, pipes)
 * @param heapMib    heap in use right after a full GC ({@code jcmd <pid> GC.run}), MiB
 * @param routers    live Routers (one per live conference)
 * @param transports live WebRtcTransports
 * @param producers  live Producers
 * @param consumers  live Consumers
 */
record ServerSample(String label, long seconds, long joins, long abrupt, long threads, long fds, double heapMib,
                    long routers, long transports, long producers, long consumers) {

    /** Whether any media object is still live. */
    boolean mediaLive() {
        return routers + transports + producers + consumers > 0;
    }
}
