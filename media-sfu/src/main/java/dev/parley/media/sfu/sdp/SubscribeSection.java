package dev.parley.media.sfu.sdp;

import dev.parley.media.sfu.rtp.ConsumerParameters;
import dev.parley.media.sfu.rtp.MediaKind;

/**
 * One m-section of the server's offer on a participant's recv connection: a live Consumer, or a slot whose Consumer was closed.
 * The signaling keeps the list (browsers never remove m-sections, RFC 8829 §5.2.2) and reuses slots of the same kind.
 */
public sealed interface SubscribeSection permits SubscribeSection.Active, SubscribeSection.Inactive {

    String mid();

    MediaKind kind();

    static SubscribeSection active(ConsumerParameters consumer) {
        return new Active(consumer);
    }

    static SubscribeSection inactive(String mid, MediaKind kind) {
        return new Inactive(mid, kind);
    }

    /** A section that sends one Consumer's stream (sendonly). */
    record Active(ConsumerParameters consumer) implements SubscribeSection {
        @Override
        public String mid() {
            return consumer.mid();
        }

        @Override
        public MediaKind kind() {
            return consumer.kind();
        }
    }

    /**
     * A closed slot. Written with port 0 (rejected, outside BUNDLE), except when it is the offer's first section: that one stays
     * in the BUNDLE group as {@code a=inactive} with port 9, because BUNDLE's tagged section must never be rejected (RFC 8843 §7.3.3).
     * A rejected slot that is reused later takes a new mid, as JSEP asks (RFC 8829 §5.2.2; Chromium 156 also accepts the old
     * one, other browsers need not); a kept first slot keeps its mid, since changing the mid of a live section is an error.
     */
    record Inactive(String mid, MediaKind kind) implements SubscribeSection {
    }
}
