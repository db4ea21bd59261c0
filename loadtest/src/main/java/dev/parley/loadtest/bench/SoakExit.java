package dev.parley.loadtest.bench;

/** How a soak bot ends a visit to its room. */
enum SoakExit {
    /** {@code leave}, then the socket closed: the clean way. */
    LEAVE,
    /** The socket closed with a close frame but no {@code leave} (a tab closed). */
    CLOSE,
    /** The socket dropped without a close frame (a lost network, a killed process). */
    DROP
}
