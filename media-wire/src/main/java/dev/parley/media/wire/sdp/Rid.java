package dev.parley.media.wire.sdp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code a=rid:<id> <send|recv> [pt=<pt>,...;][<restriction>=<value>;...]} (RFC 8851 §10): one RTP stream of a simulcast
 * m-section, named by the rid the RTP packets carry in the rtp-stream-id header extension.
 *
 * @param payloadTypes allowed payload types, empty when unrestricted
 * @param restrictions e.g. max-width=1280, in order; a restriction without value maps to ""
 */
public record Rid(String id, StreamDirection direction, List<Integer> payloadTypes, Map<String, String> restrictions) {
    public static final String NAME = "rid";

    public Rid {
        payloadTypes = List.copyOf(payloadTypes);
        restrictions = Collections.unmodifiableMap(new LinkedHashMap<>(restrictions));
    }

    public Rid(String id, StreamDirection direction) {
        this(id, direction, List.of(), Map.of());
    }

    public static Rid parse(String value) {
        String[] words = Tokens.words(value);
        if (words.length < 2 || words.length > 3 || !Tokens.isRidId(words[0])) {
            return null;
        }
        StreamDirection direction = StreamDirection.fromSdp(words[1]);
        if (direction == null) {
            return null;
        }
        List<Integer> payloadTypes = new ArrayList<>();
        Map<String, String> restrictions = new LinkedHashMap<>();
        if (words.length == 3) {
            for (String param : words[2].split(";")) {
                if (param.isEmpty()) {
                    continue;
                }
                int eq = param.indexOf('=');
                String key = eq < 0 ? param : param.substring(0, eq);
                String val = eq < 0 ? "" : param.substring(eq + 1);
                if (key.equals("pt")) {
                    for (String pt : val.split(",")) {
                        int n = Tokens.parseInt(pt, 127);
                        if (n < 0) {
                            return null;
                        }
                        payloadTypes.add(n);
                    }
                } else if (key.isEmpty()) {
                    return null;
                } else {
                    restrictions.put(key, val);
                }
            }
        }
        return new Rid(words[0], direction, payloadTypes, restrictions);
    }

    public String sdpValue() {
        List<String> params = new ArrayList<>();
        if (!payloadTypes.isEmpty()) {
            params.add("pt=" + String.join(",", payloadTypes.stream().map(String::valueOf).toList()));
        }
        restrictions.forEach((k, v) -> params.add(v.isEmpty() ? k : k + "=" + v));
        return id + " " + direction.sdpName() + (params.isEmpty() ? "" : " " + String.join(";", params));
    }
}
