package dev.parley.media.wire.sdp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One payload type of an m-section, assembled from {@code a=rtpmap} (RFC 8866 §6.6), {@code a=fmtp} (§6.15) and
 * {@code a=rtcp-fb} (RFC 4585 §4.2) lines.
 *
 * @param name       encoding name as written ("opus", "VP8", "rtx", ...)
 * @param clockRate  RTP clock rate in Hz
 * @param channels   audio channels; 1 when the rtpmap omits it (and then omitted again when written)
 * @param parameters fmtp parameters in order; a parameter without '=' (red's "111/111") maps to ""
 * @param feedback   rtcp-fb values for this payload type, e.g. "nack", "nack pli", "transport-cc"
 */
public record Codec(int payloadType, String name, int clockRate, int channels, Map<String, String> parameters,
                    List<String> feedback) {
    public static final String RTPMAP = "rtpmap";
    public static final String FMTP = "fmtp";
    public static final String RTCP_FB = "rtcp-fb";

    public Codec {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        feedback = List.copyOf(feedback);
    }

    /** "audio/opus", "video/VP8": the media kind of the m-line plus the encoding name. */
    public String mimeType(String kind) {
        return kind + "/" + name;
    }

    /** The payload type an RTX codec repairs (RFC 4588 §8.6 "apt"), or -1. */
    public int apt() {
        return Tokens.parseInt(parameters.get("apt"), 127);
    }

    /** Splits the rtpmap value "pt name/clock[/channels]"; null when malformed. */
    static Codec fromRtpmap(String value) {
        String[] words = Tokens.words(value);
        if (words.length != 2) {
            return null;
        }
        int pt = Tokens.parseInt(words[0], 127);
        String[] parts = words[1].split("/", -1);
        if (pt < 0 || parts.length < 2 || parts.length > 3 || !Tokens.isToken(parts[0])) {
            return null;
        }
        int clockRate = Tokens.parseInt(parts[1], Integer.MAX_VALUE);
        int channels = parts.length == 3 ? Tokens.parseInt(parts[2], 255) : 1;
        if (clockRate <= 0 || channels <= 0) {
            return null;
        }
        return new Codec(pt, parts[0], clockRate, channels, Map.of(), List.of());
    }

    /** Parses "a=b;c=d" (whitespace around entries tolerated) into an ordered map. */
    static Map<String, String> parseParameters(String params) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : params.split(";")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int eq = e.indexOf('=');
            map.put(eq < 0 ? e : e.substring(0, eq), eq < 0 ? "" : e.substring(eq + 1));
        }
        return map;
    }

    /** The payload type of a "pt rest" value (fmtp, rtcp-fb), -2 for "*" (rtcp-fb wildcard), -1 when malformed. */
    static int leadingPayloadType(String value) {
        String first = Tokens.words(value).length == 0 ? "" : Tokens.words(value)[0];
        return "*".equals(first) ? -2 : Tokens.parseInt(first, 127);
    }

    /** The text after the leading payload type of a "pt rest" value. */
    static String afterPayloadType(String value) {
        String v = value.strip();
        int space = v.indexOf(' ');
        return space < 0 ? "" : v.substring(space + 1).strip();
    }

    Codec withDetails(Map<String, String> parameters, List<String> feedback) {
        return new Codec(payloadType, name, clockRate, channels, parameters, feedback);
    }

    /** The attribute lines that describe this codec: rtpmap, then fmtp when there are parameters, then one rtcp-fb each. */
    public List<SdpLine> toLines() {
        List<SdpLine> lines = new ArrayList<>(2 + feedback.size());
        lines.add(SdpLine.attribute(RTPMAP, payloadType + " " + name + "/" + clockRate + (channels == 1 ? "" : "/" + channels)));
        if (!parameters.isEmpty()) {
            List<String> params = new ArrayList<>();
            parameters.forEach((k, v) -> params.add(v.isEmpty() ? k : k + "=" + v));
            lines.add(SdpLine.attribute(FMTP, payloadType + " " + String.join(";", params)));
        }
        for (String fb : feedback) {
            lines.add(SdpLine.attribute(RTCP_FB, payloadType + " " + fb));
        }
        return lines;
    }
}
