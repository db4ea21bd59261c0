package dev.parley.server.conference;

/**
 * Serializes the server's offers on one recv connection: a new offer only after the browser answered the previous one, so the
 * browser never sees an offer while it is in {@code have-remote-offer} (no glare, RFC 8829 §4.1.8). Changes that arrive while an
 * offer is outstanding are folded into one follow-up offer.
 *
 * <p>Not thread-safe: used on the owning conference's executor only.
 */
final class OfferSequencer {
    private long lastVersion;
    private boolean outstanding;
    private boolean changed;

    /** Something the offer describes changed. Returns true when an offer may be sent now (then call {@link #nextVersion()}). */
    boolean markChanged() {
        changed = true;
        return !outstanding;
    }

    /** Starts an offer: returns its version (1, 2, ...); the offer is outstanding until {@link #answered(long)}. */
    long nextVersion() {
        outstanding = true;
        changed = false;
        return ++lastVersion;
    }

    /**
     * The browser answered. Returns false (and changes nothing) for a version other than the outstanding one; true when the
     * answer was expected, after which {@link #offerDue()} tells whether changes are waiting.
     */
    boolean answered(long version) {
        if (!outstanding || version != lastVersion) {
            return false;
        }
        outstanding = false;
        return true;
    }

    boolean offerDue() {
        return changed && !outstanding;
    }

    boolean outstanding() {
        return outstanding;
    }

    long lastVersion() {
        return lastVersion;
    }
}
