package dev.parley.media.wire.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class SdpPropertyTest {
    /** Only SdpParseException may escape, and every typed accessor must cope with whatever the parser accepted. */
    static void parseAndReadEverything(String text) {
        try {
            SessionDescription sdp = SessionDescription.parse(text);
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
            assertThat(SessionDescription.parse(sdp.toString())).isEqualTo(sdp);
        } catch (SdpParseException expected) {
            assertThat(expected.lineNumber()).isNotNegative();
        }
    }

    @Property(tries = 1000)
    void randomTextNeverThrowsUnexpectedly(@ForAll @StringLength(max = 300) String text) {
        parseAndReadEverything("v=0\n" + text);
        parseAndReadEverything(text);
    }

    @Property(tries = 1000)
    void mutatedBrowserOffersNeverThrowUnexpectedly(@ForAll @IntRange(max = 200) int line, @ForAll @IntRange(max = 80) int column,
                                                    @ForAll("junk") String junk, @ForAll boolean firefox) {
        List<String> lines = new ArrayList<>(List.of((firefox ? BrowserOffers.FIREFOX : BrowserOffers.CHROMIUM).split("\n")));
        int at = 1 + line % (lines.size() - 1);
        String target = lines.get(at);
        int cut = Math.min(column, target.length());
        lines.set(at, target.substring(0, cut) + junk + target.substring(Math.min(target.length(), cut + junk.length())));
        parseAndReadEverything(String.join("\r\n", lines));
    }

    @Provide
    Arbitrary<String> junk() {
        return Arbitraries.oneOf(List.of(
            Arbitraries.strings().withChars(" :;,/=~-0123456789abcxyz*\t").ofMaxLength(6),
            Arbitraries.strings().ofMaxLength(4),
            Arbitraries.of("", " ", "99999999999999999999", "-1", "/", ":", ";;", "~", "\u0000")));
    }

    @Property(tries = 300)
    void builtDescriptionsParseBackEqual(@ForAll("sections") List<MediaDescription> sections, @ForAll boolean lite) {
        SessionDescriptionBuilder builder = SessionDescription.builder().origin(7, 2);
        if (lite) {
            builder.iceLite();
        }
        sections.forEach(builder::media);
        SessionDescription built = builder.build();
        try {
            assertThat(SessionDescription.parse(built.toString())).isEqualTo(built);
        } catch (SdpParseException e) {
            throw new AssertionError(built.toString(), e);
        }
    }

    @Provide
    Arbitrary<List<MediaDescription>> sections() {
        Arbitrary<String> token = Arbitraries.strings().withChars("abcXYZ019-_").ofMinLength(1).ofMaxLength(8);
        Arbitrary<Codec> codec = Combinators.combine(Arbitraries.integers().between(0, 127), token,
                Arbitraries.of(8000, 48000, 90000), Arbitraries.integers().between(1, 2),
                Arbitraries.maps(token, token).ofMaxSize(3), Arbitraries.of("nack", "nack pli", "transport-cc").list().ofMaxSize(2))
            .as(Codec::new);
        Arbitrary<Extmap> extmap = Combinators.combine(Arbitraries.integers().between(1, 255),
            Arbitraries.of(Direction.class).injectNull(0.5), token, token.injectNull(0.7)).as(Extmap::new);
        Arbitrary<Rid> rid = Combinators.combine(token, Arbitraries.of(StreamDirection.class),
            Arbitraries.integers().between(0, 127).list().ofMaxSize(2), Arbitraries.maps(token, token).ofMaxSize(2)).as(Rid::new);
        Arbitrary<Candidate> candidate = Combinators.combine(token, Arbitraries.longs().between(0, 0xFFFF_FFFFL),
            Arbitraries.integers().between(0, 65535)).as((f, prio, port) -> Candidate.host(f, "udp", "127.0.0.1", port, prio));
        Arbitrary<MediaDescription> section = Combinators.combine(Arbitraries.of("audio", "video"), token,
                Arbitraries.of(Direction.class), codec.list().ofMaxSize(3), extmap.list().ofMaxSize(3), rid.list().ofMaxSize(3),
                candidate.list().ofMaxSize(2))
            .as((kind, mid, direction, codecs, extmaps, rids, candidates) -> {
                MediaDescriptionBuilder b = MediaDescription.builder(kind, "UDP/TLS/RTP/SAVPF").mid(mid).direction(direction)
                    .setup("passive").rtcpMux();
                codecs.forEach(b::codec);
                extmaps.forEach(b::extmap);
                rids.forEach(b::rid);
                if (!rids.isEmpty()) {
                    b.simulcast(Simulcast.of(rids.get(0).direction(), rids.stream().map(Rid::id).toList()));
                }
                candidates.forEach(b::candidate);
                b.ssrc(new SsrcAttribute(1234, "cname", "x")).msid(new Msid("s", "t"));
                return b.build();
            });
        return section.list().ofMaxSize(4);
    }

    @Property
    void codecLinesParseBack(@ForAll @IntRange(max = 127) int pt) throws SdpParseException {
        Codec codec = new Codec(pt, "VP8", 90000, 1, Map.of("x-google-start-bitrate", "800"), List.of("nack"));
        MediaDescription m = MediaDescription.builder("video", "UDP/TLS/RTP/SAVPF").codec(codec).build();
        String text = SessionDescription.builder().media(m).build().toString();
        assertThat(SessionDescription.parse(text).media().get(0).codecs()).containsExactly(codec);
    }
}
