package dev.parley.server.conference;

import dev.parley.media.sfu.rtp.MediaKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The m-sections of one participant's recv connection, in offer order. Browsers never remove an m-section once negotiated
 * (RFC 8829 §5.2.2: a stopped transceiver keeps its slot), so a section whose Consumer closed stays in every later offer as
 * a closed slot and is reused by the next Consumer of the same kind (docs/decisions/0002 §1). A closed slot is written with port 0
 * (rejected), and a recycled rejected m-section must carry a new mid (RFC 8829 §5.2.2); only the first section, which stays in
 * the BUNDLE group as {@code inactive}, keeps its mid. Mids are "0", "1", ... and never repeat on one connection.
 *
 * <p>Not thread-safe: used on the owning conference's executor only.
 */
final class RecvSections {
    /** One m-section: its mid and kind never change; consumerId is null while the section is inactive. */
    record Section(String mid, MediaKind kind, String consumerId) {
        boolean active() {
            return consumerId != null;
        }
    }

    private final List<Section> sections = new ArrayList<>();
    private int nextMid;

    /** Binds a Consumer to the first inactive section of its kind, or to a new section at the end; returns the mid. */
    String assign(MediaKind kind, String consumerId) {
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            if (!section.active() && section.kind() == kind) {
                String mid = i == 0 ? section.mid() : newMid();
                sections.set(i, new Section(mid, kind, consumerId));
                return mid;
            }
        }
        String mid = newMid();
        sections.add(new Section(mid, kind, consumerId));
        return mid;
    }

    private String newMid() {
        return Integer.toString(nextMid++);
    }

    /** Marks the Consumer's section inactive; returns false when no section carries that Consumer. */
    boolean release(String consumerId) {
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            if (consumerId.equals(section.consumerId())) {
                sections.set(i, new Section(section.mid(), section.kind(), null));
                return true;
            }
        }
        return false;
    }

    List<Section> sections() {
        return List.copyOf(sections);
    }

    List<String> mids() {
        return sections.stream().map(Section::mid).toList();
    }

    boolean isEmpty() {
        return sections.isEmpty();
    }
}
