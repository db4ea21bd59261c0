package dev.parley.media.wire.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code a=simulcast:<send|recv> <streams> [<send|recv> <streams>]} (RFC 8853 §5.1). Streams are separated by ';', each stream is
 * a ','-separated list of alternative rids, and a '~' prefix marks a rid as paused. Example: {@code send q;h;~f}.
 *
 * @param send streams this side sends, in order (lowest to highest quality in Chromium's offers), each a list of alternatives
 * @param recv streams this side receives
 */
public record Simulcast(List<List<Stream>> send, List<List<Stream>> recv) {
    public static final String NAME = "simulcast";

    /** One rid in a simulcast stream list. */
    public record Stream(String rid, boolean paused) {
    }

    public Simulcast {
        send = send.stream().map(List::copyOf).toList();
        recv = recv.stream().map(List::copyOf).toList();
    }

    /** Simple streams without alternatives, none paused. */
    public static Simulcast of(StreamDirection direction, List<String> rids) {
        List<List<Stream>> streams = rids.stream().map(r -> List.of(new Stream(r, false))).toList();
        return direction == StreamDirection.SEND ? new Simulcast(streams, List.of()) : new Simulcast(List.of(), streams);
    }

    public static Simulcast parse(String value) {
        String[] words = Tokens.words(value);
        if (words.length != 2 && words.length != 4) {
            return null;
        }
        List<List<Stream>> send = null;
        List<List<Stream>> recv = null;
        for (int i = 0; i < words.length; i += 2) {
            StreamDirection direction = StreamDirection.fromSdp(words[i]);
            List<List<Stream>> streams = parseStreams(words[i + 1]);
            if (direction == null || streams == null) {
                return null;
            }
            if (direction == StreamDirection.SEND && send == null) {
                send = streams;
            } else if (direction == StreamDirection.RECV && recv == null) {
                recv = streams;
            } else {
                return null;
            }
        }
        return new Simulcast(send == null ? List.of() : send, recv == null ? List.of() : recv);
    }

    private static List<List<Stream>> parseStreams(String list) {
        List<List<Stream>> streams = new ArrayList<>();
        for (String stream : list.split(";", -1)) {
            List<Stream> alternatives = new ArrayList<>();
            for (String alt : stream.split(",", -1)) {
                boolean paused = alt.startsWith("~");
                String rid = paused ? alt.substring(1) : alt;
                if (!Tokens.isRidId(rid)) {
                    return null;
                }
                alternatives.add(new Stream(rid, paused));
            }
            streams.add(alternatives);
        }
        return streams;
    }

    /** The first alternative of each stream in the given direction: the rids a simple SFU receives or sends. */
    public List<String> rids(StreamDirection direction) {
        return (direction == StreamDirection.SEND ? send : recv).stream().map(s -> s.get(0).rid()).toList();
    }

    /** The same streams with send and recv swapped: what an answerer writes (RFC 8853 §5.3). */
    public Simulcast reverse() {
        return new Simulcast(recv, send);
    }

    public String sdpValue() {
        List<String> parts = new ArrayList<>();
        if (!send.isEmpty()) {
            parts.add("send " + format(send));
        }
        if (!recv.isEmpty()) {
            parts.add("recv " + format(recv));
        }
        return String.join(" ", parts);
    }

    private static String format(List<List<Stream>> streams) {
        List<String> out = new ArrayList<>();
        for (List<Stream> alternatives : streams) {
            out.add(String.join(",", alternatives.stream().map(s -> (s.paused() ? "~" : "") + s.rid()).toList()));
        }
        return String.join(";", out);
    }
}
