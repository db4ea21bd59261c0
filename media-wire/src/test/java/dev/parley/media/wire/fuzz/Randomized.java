package dev.parley.media.wire.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Runs a fuzz test body on seeded random inputs inside the normal test command, next to Jazzer's regression mode (which only
 * replays the committed corpus). Half of the inputs are mutations of the corpus (bit flips, truncation, inserted and
 * overwritten bytes, boundary values), half are fresh random bytes. The seed is fixed, so a failure reproduces; it is printed
 * with the failing input. {@code -Dparley.fuzz.seed=N} explores other seeds.
 */
public final class Randomized {
    /** The fixed default seed: a failure in CI reproduces on every machine. */
    public static final long DEFAULT_SEED = 0x5eed_2026L;

    /** A fuzz body: any exception or assertion error it throws is a finding. */
    @FunctionalInterface
    public interface Body {
        void accept(byte[] input) throws Exception;
    }

    private Randomized() {
    }

    /**
     * Runs {@code body} on the corpus of {@code testClass}'s fuzz test {@code method}
     * ({@code <package>/<Class>Inputs/<method>/} among the test resources), then on {@code tries} generated inputs of at most
     * {@code maxLength} bytes.
     */
    public static void run(Class<?> testClass, String method, int tries, int maxLength, Body body) {
        long seed = Long.getLong("parley.fuzz.seed", DEFAULT_SEED);
        List<byte[]> corpus = corpus(testClass, method);
        SplittableRandom random = new SplittableRandom(seed);
        for (byte[] input : corpus) {
            check(body, input, seed, -1);
        }
        for (int i = 0; i < tries; i++) {
            byte[] input = corpus.isEmpty() || random.nextBoolean()
                ? fresh(random, maxLength)
                : mutate(random, corpus.get(random.nextInt(corpus.size())), maxLength);
            check(body, input, seed, i);
        }
    }

    /** The corpus files of one fuzz test, in name order; empty when it has none. */
    public static List<byte[]> corpus(Class<?> testClass, String method) {
        URL dir = testClass.getResource(testClass.getSimpleName() + "Inputs/" + method);
        if (dir == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            List<byte[]> inputs = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                inputs.add(Files.readAllBytes(file));
            }
            return inputs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(Body body, byte[] input, long seed, int index) {
        try {
            body.accept(input);
        } catch (Throwable t) {
            String which = index < 0 ? "corpus input" : "input #" + index;
            throw new AssertionError("fuzz body failed on " + which + " (seed " + seed + ", rerun with -Dparley.fuzz.seed="
                + seed + "): " + HexFormat.of().formatHex(input), t);
        }
    }

    private static byte[] fresh(SplittableRandom random, int maxLength) {
        byte[] input = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(input);
        return input;
    }

    private static byte[] mutate(SplittableRandom random, byte[] seed, int maxLength) {
        byte[] out = seed.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            if (out.length == 0) {
                return fresh(random, maxLength);
            }
            int at = random.nextInt(out.length);
            switch (random.nextInt(6)) {
                case 0 -> out[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> out[at] = (byte) random.nextInt(256);
                case 2 -> out[at] = (byte) new int[] {0x00, 0x7F, 0x80, 0xFF}[random.nextInt(4)];
                case 3 -> out = Arrays.copyOf(out, at);
                case 4 -> {
                    byte[] longer = new byte[out.length + 1];
                    System.arraycopy(out, 0, longer, 0, at);
                    longer[at] = (byte) random.nextInt(256);
                    System.arraycopy(out, at, longer, at + 1, out.length - at);
                    out = longer;
                }
                default -> {
                    // Repeat a short run of bytes in place: the shape of a duplicated attribute, item or line.
                    int len = Math.min(out.length - at, 1 + random.nextInt(8));
                    byte[] longer = new byte[out.length + len];
                    System.arraycopy(out, 0, longer, 0, at + len);
                    System.arraycopy(out, at, longer, at + len, out.length - at);
                    out = longer;
                }
            }
        }
        return out;
    }
}
