package dev.parley.server.signaling;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every WebSocket text frame reaches {@link SignalingJson#parse} before authentication. Contract: it returns a request or null
 * and never throws; {@link SignalingJson#idOf} never throws and agrees with the parsed id; and a parsed request written back
 * with {@link SignalingJson#write} (as an echoing reply would) parses to the same type, id and fields. Depends only on the
 * parsing entry point, not on the handlers.
 * Corpus: every example message of docs/protocol.md ({@code SignalingJsonFuzzTestInputs/}).
 */
class SignalingJsonFuzzTest {
    /** Characters that change JSON structure: the mutations a byte flip rarely makes. */
    private static final String JSON_CHARS = "{}[]\":,\\ 0123456789.eE+-truefalsnu\u0000\u00e9\ud83d\ude00";

    @FuzzTest
    void parse(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Request request = SignalingJson.parse(text);
        String id = SignalingJson.idOf(text);
        if (request == null) {
            return;
        }
        assertThat(request.type()).isNotNull();
        assertThat(request.body().isObject()).isTrue();
        assertThat(id).isEqualTo(request.id());

        Request again = SignalingJson.parse(SignalingJson.write(request.type(), request.id(), request.body()));
        assertThat(again).isNotNull();
        assertThat(again.type()).isEqualTo(request.type());
        assertThat(again.id()).isEqualTo(request.id());
        assertThat(again.body().propertyNames()).containsExactlyInAnyOrderElementsOf(request.body().propertyNames());
    }

    /** Seeded mutations of the protocol examples and random text, in the normal test command; the seed is in the failure. */
    @Test
    void parseRandomized() throws Exception {
        long seed = Long.getLong("parley.fuzz.seed", 0x5eed_2026L);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThan(20);
        for (int i = 0; i < 1500; i++) {
            String text = mutate(random, corpus.get(random.nextInt(corpus.size())));
            try {
                parse(text.getBytes(StandardCharsets.UTF_8));
            } catch (Throwable t) {
                throw new AssertionError("seed " + seed + ", input #" + i + ": " + text, t);
            }
        }
    }

    @Test
    void deepNestingAndHugeNumbersAreRefusedOrReadNotThrown() {
        parse(("{\"type\":\"join\",\"x\":" + "[".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
        parse("{\"type\":\"join\",\"id\":\"1\",\"version\":1e400,\"x\":-0,\"y\":123456789012345678901234567890}"
            .getBytes(StandardCharsets.UTF_8));
        JsonNode version = SignalingJson.parse("{\"type\":\"t\",\"version\":99999999999999999999}").body().get("version");
        assertThat(version.isIntegralNumber()).isTrue();
    }

    private static String mutate(SplittableRandom random, String seed) {
        StringBuilder s = new StringBuilder(seed);
        for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length());
            char c = JSON_CHARS.charAt(random.nextInt(JSON_CHARS.length()));
            switch (random.nextInt(4)) {
                case 0 -> s.insert(at, c);
                case 1 -> {
                    if (!s.isEmpty()) {
                        s.setCharAt(at, c);
                    }
                }
                case 2 -> s.setLength(at);
                default -> s.insert(at, s.substring(at, Math.min(s.length(), at + 1 + random.nextInt(12))));
            }
        }
        return s.toString();
    }

    private static List<String> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(SignalingJsonFuzzTest.class.getResource("SignalingJsonFuzzTestInputs/parse").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<String> out = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                out.add(Files.readString(file));
            }
            return out;
        }
    }
}
