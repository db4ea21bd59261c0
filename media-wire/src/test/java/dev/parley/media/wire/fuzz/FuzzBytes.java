package dev.parley.media.wire.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns one fuzz input into typed values, front to back, the way libFuzzer's FuzzedDataProvider does. Structure-aware fuzz
 * tests take {@code byte[]} and read their values from here, so the same body runs under Jazzer's coverage-guided mutation,
 * on the committed corpus (regression mode) and on the seeded random inputs of {@link Randomized}. Reading past the end
 * yields zeros and empty arrays, never an exception: every input is a valid test case.
 */
public final class FuzzBytes {
    private final byte[] data;
    private int pos;

    public FuzzBytes(byte[] data) {
        this.data = data;
    }

    public int remaining() {
        return data.length - pos;
    }

    public int consumeByte() {
        return pos < data.length ? data[pos++] & 0xFF : 0;
    }

    public boolean consumeBoolean() {
        return (consumeByte() & 1) == 1;
    }

    /** A value in {@code [min, max]} (both inclusive) from as few bytes as the range needs. */
    public long consumeLong(long min, long max) {
        long range = max - min;
        long value = 0;
        for (long left = range; left != 0 && remaining() > 0; left >>>= 8) {
            value = (value << 8) | consumeByte();
        }
        return range == -1 ? value : min + Long.remainderUnsigned(value, range + 1);
    }

    public int consumeInt(int min, int max) {
        return (int) consumeLong(min, max);
    }

    /** Up to {@code max} bytes; the length itself comes from the input. */
    public byte[] consumeBytes(int max) {
        int n = Math.min(consumeInt(0, max), remaining());
        byte[] out = Arrays.copyOfRange(data, pos, pos + n);
        pos += n;
        return out;
    }

    /** Exactly {@code n} bytes, zero-filled when the input ends. */
    public byte[] consumeFixed(int n) {
        byte[] out = Arrays.copyOfRange(data, Math.min(pos, data.length), Math.min(pos, data.length) + n);
        pos = Math.min(data.length, pos + n);
        return out;
    }

    /** Up to {@code max} characters drawn from {@code alphabet}. */
    public String consumeString(int max, String alphabet) {
        int n = consumeInt(0, max);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(alphabet.charAt(consumeInt(0, alphabet.length() - 1)));
        }
        return s.toString();
    }

    /** Up to {@code max} bytes decoded as UTF-8 (malformed sequences become U+FFFD, as a socket would deliver them). */
    public String consumeUtf8(int max) {
        return new String(consumeBytes(max), StandardCharsets.UTF_8);
    }

    public <T> T pick(T[] choices) {
        return choices[consumeInt(0, choices.length - 1)];
    }

    /** Whatever is left. */
    public byte[] consumeRemaining() {
        byte[] out = Arrays.copyOfRange(data, pos, data.length);
        pos = data.length;
        return out;
    }
}
