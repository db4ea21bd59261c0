package dev.parley.media.wire.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.media.wire.fuzz.FuzzBytes;
import dev.parley.media.wire.fuzz.Randomized;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SDP offers come from any signaling client. Contract: {@link SessionDescription#parse} returns a description or throws the
 * typed {@link SdpParseException} (with a line number), nothing else; every typed accessor copes with whatever was accepted;
 * and parse → toString → parse gives an equal description. Corpus: the captured Chromium and Firefox offers of
 * {@link BrowserOffers} ({@code SdpFuzzTestInputs/}).
 */
class SdpFuzzTest {
    private static final String JUNK_CHARS = " :;,/=~-0123456789abcxyz*\t";
    private static final String[] JUNK_WORDS = {"", " ", "99999999999999999999", "-1", "/", ":", ";;", "~", "\u0000"};
    private static final String TOKEN_CHARS = "abcXYZ019-_";

    @FuzzTest
    void parse(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        parseAndReadEverything(text);
        parseAndReadEverything("v=0\n" + text);
    }

    @Test
    void parseRandomized() {
        Randomized.run(SdpFuzzTest.class, "parse", 2000, 300, this::parse);
    }

    /** A browser offer with junk written over one line at one column: the near-misses a byte mutator rarely builds. */
    @FuzzTest
    void mutateBrowserOffer(byte[] input) {
        FuzzBytes in = new FuzzBytes(input);
        List<String> lines = new ArrayList<>(List.of((in.consumeBoolean() ? BrowserOffers.FIREFOX : BrowserOffers.CHROMIUM)
            .split("\n")));
        int edits = in.consumeInt(1, 3);
        for (int e = 0; e < edits; e++) {
            int at = in.consumeInt(1, lines.size() - 1);
            String target = lines.get(at);
            int cut = Math.min(in.consumeInt(0, 80), target.length());
            String junk = switch (in.consumeInt(0, 2)) {
                case 0 -> in.consumeString(6, JUNK_CHARS);
                case 1 -> in.consumeUtf8(4);
                default -> in.pick(JUNK_WORDS);
            };
            lines.set(at, target.substring(0, cut) + junk + target.substring(Math.min(target.length(), cut + junk.length())));
        }
        parseAndReadEverything(String.join("\r\n", lines));
    }

    @Test
    void mutateBrowserOfferRandomized() {
        Randomized.run(SdpFuzzTest.class, "mutateBrowserOffer", 1000, 40, this::mutateBrowserOffer);
    }

    /** Descriptions built with the builders (what the server sends) parse back equal. */
    @FuzzTest
    void buildThenParse(byte[] input) throws SdpParseException {
        FuzzBytes in = new FuzzBytes(input);
        SessionDescriptionBuilder builder = SessionDescription.builder().origin(7, 2);
        if (in.consumeBoolean()) {
            builder.iceLite();
        }
        int sections = in.consumeInt(0, 4);
        for (int i = 0; i < sections; i++) {
            builder.media(section(in));
        }
        SessionDescription built = builder.build();

        assertThat(SessionDescription.parse(built.toString())).as(built.toString()).isEqualTo(built);
    }

    @Test
    void buildThenParseRandomized() {
        Randomized.run(SdpFuzzTest.class, "buildThenParse", 1000, 300, this::buildThenParse);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 34, 63, 64, 95, 96, 111, 126, 127})
    void codecLinesParseBack(int pt) throws SdpParseException {
        Codec codec = new Codec(pt, "VP8", 90000, 1, Map.of("x-google-start-bitrate", "800"), List.of("nack"));
        MediaDescription m = MediaDescription.builder("video", "UDP/TLS/RTP/SAVPF").codec(codec).build();
        String text = SessionDescription.builder().media(m).build().toString();
        assertThat(SessionDescription.parse(text).media().get(0).codecs()).containsExactly(codec);
    }

    /** Only SdpParseException may escape, and every typed accessor must cope with whatever the parser accepted. */
    static void parseAndReadEverything(String text) {
        SessionDescription sdp;
        try {
            sdp = SessionDescription.parse(text);
        } catch (SdpParseException expected) {
            assertThat(expected.lineNumber()).isNotNegative();
            return;
        }
        sdp.groups();
        sdp.bundleMids();
        for (MediaDescription m : sdp.media()) {
            m.codecs();
            m.extmaps();
            m.ssrcs();
            m.ssrcGroups();
            m.rids();
            m.simulcast();
            m.candidates();
            m.msid();
            m.direction();
            sdp.fingerprintFor(m);
            m.iceOptions();
        }
        try {
            assertThat(SessionDescription.parse(sdp.toString())).isEqualTo(sdp);
        } catch (SdpParseException e) {
            throw new AssertionError("accepted SDP did not parse back:\n" + sdp, e);
        }
    }

    private static MediaDescription section(FuzzBytes in) {
        MediaDescriptionBuilder b = MediaDescription.builder(in.consumeBoolean() ? "audio" : "video", "UDP/TLS/RTP/SAVPF")
            .mid(token(in)).direction(in.pick(Direction.values())).setup("passive").rtcpMux();
        int codecs = in.consumeInt(0, 3);
        for (int i = 0; i < codecs; i++) {
            b.codec(new Codec(in.consumeInt(0, 127), token(in), in.pick(new Integer[] {8000, 48000, 90000}), in.consumeInt(1, 2),
                tokenMap(in, 3), feedback(in)));
        }
        int extmaps = in.consumeInt(0, 3);
        for (int i = 0; i < extmaps; i++) {
            b.extmap(new Extmap(in.consumeInt(1, 255), in.consumeBoolean() ? null : in.pick(Direction.values()), token(in),
                in.consumeInt(0, 9) < 7 ? null : token(in)));
        }
        List<Rid> rids = new ArrayList<>();
        int ridCount = in.consumeInt(0, 3);
        for (int i = 0; i < ridCount; i++) {
            List<Integer> pts = new ArrayList<>();
            int n = in.consumeInt(0, 2);
            for (int j = 0; j < n; j++) {
                pts.add(in.consumeInt(0, 127));
            }
            rids.add(new Rid(token(in), in.pick(StreamDirection.values()), pts, tokenMap(in, 2)));
        }
        rids.forEach(b::rid);
        if (!rids.isEmpty()) {
            b.simulcast(Simulcast.of(rids.get(0).direction(), rids.stream().map(Rid::id).toList()));
        }
        int candidates = in.consumeInt(0, 2);
        for (int i = 0; i < candidates; i++) {
            b.candidate(Candidate.host(token(in), "udp", "127.0.0.1", in.consumeInt(0, 65535), in.consumeLong(0, 0xFFFF_FFFFL)));
        }
        b.ssrc(new SsrcAttribute(1234, "cname", "x")).msid(new Msid("s", "t"));
        return b.build();
    }

    private static String token(FuzzBytes in) {
        return TOKEN_CHARS.charAt(in.consumeInt(0, TOKEN_CHARS.length() - 1)) + in.consumeString(7, TOKEN_CHARS);
    }

    private static Map<String, String> tokenMap(FuzzBytes in, int max) {
        Map<String, String> map = new LinkedHashMap<>();
        int n = in.consumeInt(0, max);
        for (int i = 0; i < n; i++) {
            map.put(token(in), token(in));
        }
        return map;
    }

    private static List<String> feedback(FuzzBytes in) {
        String[] choices = {"nack", "nack pli", "transport-cc"};
        List<String> out = new ArrayList<>();
        int n = in.consumeInt(0, 2);
        for (int i = 0; i < n; i++) {
            out.add(in.pick(choices));
        }
        return out;
    }
}
