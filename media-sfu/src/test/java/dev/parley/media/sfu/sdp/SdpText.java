package dev.parley.media.sfu.sdp;

import java.util.ArrayList;
import java.util.List;

/** Test view of SDP text: the session block and each m-section as its lines, to assert on what a browser will read. */
record SdpText(List<String> session, List<List<String>> media) {

    static SdpText of(String sdp) {
        List<String> session = new ArrayList<>();
        List<List<String>> media = new ArrayList<>();
        List<String> current = session;
        for (String line : sdp.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("m=")) {
                current = new ArrayList<>();
                media.add(current);
            }
            current.add(line);
        }
        return new SdpText(session, media);
    }

    List<String> section(int index) {
        return media.get(index);
    }

    /** The values of {@code a=<name>:...} lines (or the bare {@code a=<name>} flags, as "") in a section. */
    static List<String> values(List<String> lines, String name) {
        List<String> values = new ArrayList<>();
        for (String line : lines) {
            if (line.equals("a=" + name)) {
                values.add("");
            } else if (line.startsWith("a=" + name + ":")) {
                values.add(line.substring(name.length() + 3));
            }
        }
        return values;
    }
}
