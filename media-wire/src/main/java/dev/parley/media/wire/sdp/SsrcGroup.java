package dev.parley.media.wire.sdp;

import java.util.ArrayList;
import java.util.List;

/** {@code a=ssrc-group:<semantics> <ssrc> ...} (RFC 5576 §4.2): FID pairs a stream with its RTX stream, SIM lists simulcast. */
public record SsrcGroup(String semantics, List<Long> ssrcs) {
    public static final String NAME = "ssrc-group";
    public static final String FID = "FID";
    public static final String SIM = "SIM";

    public SsrcGroup {
        ssrcs = List.copyOf(ssrcs);
    }

    public static SsrcGroup parse(String value) {
        String[] words = Tokens.words(value);
        if (words.length < 2 || !Tokens.isToken(words[0])) {
            return null;
        }
        List<Long> ssrcs = new ArrayList<>(words.length - 1);
        for (int i = 1; i < words.length; i++) {
            long ssrc = Tokens.parseLong(words[i], 0xFFFF_FFFFL);
            if (ssrc < 0) {
                return null;
            }
            ssrcs.add(ssrc);
        }
        return new SsrcGroup(words[0], ssrcs);
    }

    public String sdpValue() {
        StringBuilder sb = new StringBuilder(semantics);
        for (long ssrc : ssrcs) {
            sb.append(' ').append(ssrc);
        }
        return sb.toString();
    }
}
