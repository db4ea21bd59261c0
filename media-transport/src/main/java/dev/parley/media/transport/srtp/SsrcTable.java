package dev.parley.media.transport.srtp;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * SSRC → crypto context, copy-on-write: lookups (every packet) read two arrays without a lock or boxing; additions (a
 * new SSRC, rare) copy under this object's monitor. Bounded, because each context costs cipher state and an attacker
 * could otherwise invent SSRCs.
 */
final class SsrcTable<T> {

    private final int capacity;
    private volatile int[] keys = new int[0];
    private volatile Object[] values = new Object[0];

    SsrcTable(int capacity) {
        this.capacity = capacity;
    }

    /** The context for {@code ssrc}, created by {@code factory} if absent; null when the table is full or creation fails. */
    @SuppressWarnings("unchecked")
    T get(int ssrc, IntFunction<T> factory) {
        int[] k = keys;
        Object[] v = values;
        for (int i = 0; i < k.length; i++) {
            if (k[i] == ssrc) {
                return (T) v[i];
            }
        }
        return add(ssrc, factory);
    }

    @SuppressWarnings("unchecked")
    private synchronized T add(int ssrc, IntFunction<T> factory) {
        int[] k = keys;
        for (int i = 0; i < k.length; i++) {
            if (k[i] == ssrc) {
                return (T) values[i];
            }
        }
        if (k.length >= capacity) {
            return null;
        }
        T value = factory.apply(ssrc);
        if (value == null) {
            return null;
        }
        Object[] v = Arrays.copyOf(values, k.length + 1);
        v[k.length] = value;
        int[] newKeys = Arrays.copyOf(k, k.length + 1);
        newKeys[k.length] = ssrc;
        values = v;   // values first: a reader that sees the new keys also sees the new values (volatile order)
        keys = newKeys;
        return value;
    }
}
