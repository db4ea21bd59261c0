package dev.parley.media.wire.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Parses SDP text into a {@link SessionDescription}, refusing hostile input with a line number.
 *
 * <ol>
 *   <li>Limits first, before any allocation proportional to the input: at most {@link #MAX_CHARS} characters,
 *       {@link #MAX_LINES} lines and {@link #MAX_MEDIA} media sections (a 10-participant call needs ~40 sections).</li>
 *   <li>Every line must be {@code <letter>=<value>} without control characters; blank lines are tolerated.</li>
 *   <li>The first line is {@code v=0} (RFC 8866 §5.1); each {@code m=} line has kind, port, protocol and formats.</li>
 *   <li>Attributes the SFU relies on must be well formed, so that typed accessors never meet garbage.</li>
 * </ol>
 */
final class SdpParser {
    static final int MAX_CHARS = 64 * 1024;
    static final int MAX_LINES = 4000;
    static final int MAX_MEDIA = 64;

    private SdpParser() {
    }

    static SessionDescription parse(String sdp) throws SdpParseException {
        if (sdp == null || sdp.isBlank()) {
            throw new SdpParseException(0, "empty description");
        }
        if (sdp.length() > MAX_CHARS) {
            throw new SdpParseException(0, "longer than " + MAX_CHARS + " characters");
        }
        String[] raw = sdp.split("\n", -1);
        if (raw.length > MAX_LINES + 1) {
            throw new SdpParseException(0, "more than " + MAX_LINES + " lines");
        }
        List<SdpLine> session = new ArrayList<>();
        List<MediaDescription> media = new ArrayList<>();
        String[] mediaLine = null;
        List<SdpLine> current = session;
        for (int i = 0; i < raw.length; i++) {
            int number = i + 1;
            String text = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
            if (text.isEmpty()) {
                continue;
            }
            SdpLine line = line(text, number);
            if (session.isEmpty() && (line.type() != 'v' || !line.value().equals("0"))) {
                throw new SdpParseException(number, "a description starts with v=0");
            }
            if (line.type() == 'm') {
                if (mediaLine != null) {
                    media.add(media(mediaLine, current));
                }
                if (media.size() >= MAX_MEDIA) {
                    throw new SdpParseException(number, "more than " + MAX_MEDIA + " media sections");
                }
                mediaLine = mediaLine(line.value(), number);
                current = new ArrayList<>();
                continue;
            }
            if (line.isAttribute()) {
                checkAttribute(line, number);
            }
            current.add(line);
        }
        if (mediaLine != null) {
            media.add(media(mediaLine, current));
        }
        return new SessionDescription(session, media);
    }

    private static SdpLine line(String text, int number) throws SdpParseException {
        if (text.length() < 2 || text.charAt(1) != '=' || text.charAt(0) < 'a' || text.charAt(0) > 'z') {
            throw new SdpParseException(number, "expected <letter>=<value>");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                throw new SdpParseException(number, "control character 0x" + Integer.toHexString(c));
            }
        }
        return new SdpLine(text.charAt(0), text.substring(2));
    }

    private static String[] mediaLine(String value, int number) throws SdpParseException {
        String[] words = Tokens.words(value);
        if (words.length < 3 || !words[0].chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            throw new SdpParseException(number, "m= needs <media> <port> <proto> <fmt> ...");
        }
        String port = words[1].contains("/") ? words[1].substring(0, words[1].indexOf('/')) : words[1];
        if (Tokens.parseInt(port, 65535) < 0) {
            throw new SdpParseException(number, "bad port '" + words[1] + "'");
        }
        words[1] = port;
        return words;
    }

    private static MediaDescription media(String[] mediaLine, List<SdpLine> lines) {
        List<String> formats = List.of(mediaLine).subList(3, mediaLine.length);
        return new MediaDescription(mediaLine[0], Integer.parseInt(mediaLine[1]), mediaLine[2], formats, lines);
    }

    private static void checkAttribute(SdpLine line, int number) throws SdpParseException {
        String value = line.attributeValue();
        String name = line.attributeName();
        Function<String, Object> parser = switch (name) {
            case Codec.RTPMAP -> Codec::fromRtpmap;
            case Codec.FMTP -> v -> Codec.leadingPayloadType(v) >= 0 ? v : null;
            case Codec.RTCP_FB -> v -> Codec.leadingPayloadType(v) != -1 && !Codec.afterPayloadType(v).isEmpty() ? v : null;
            case Extmap.NAME -> Extmap::parse;
            case DtlsFingerprint.NAME -> DtlsFingerprint::parse;
            case Group.NAME -> Group::parse;
            case SsrcAttribute.NAME -> SsrcAttribute::parse;
            case SsrcGroup.NAME -> SsrcGroup::parse;
            case Msid.NAME -> Msid::parse;
            case Rid.NAME -> Rid::parse;
            case Simulcast.NAME -> Simulcast::parse;
            case Candidate.NAME -> Candidate::parse;
            case "mid", "ice-ufrag", "ice-pwd", "setup" -> v -> Tokens.isToken(v) ? v : null;
            default -> null;
        };
        if (parser != null && (value == null || parser.apply(value) == null)) {
            throw new SdpParseException(number, "malformed a=" + name);
        }
    }
}
