package dev.parley.media.sfu.sdp;

import dev.parley.media.sfu.rtp.MediaKind;
import dev.parley.media.sfu.rtp.ProducerParameters;
import dev.parley.media.wire.sdp.Direction;

import java.util.Optional;

/**
 * One m-section of the browser's send offer and what the answer does with it.
 *
 * @param mid        the section's mid
 * @param media      the m-line media token as offered ("audio", "video", "application", ...)
 * @param kind       audio or video; null for data channels and unknown media
 * @param protocol   the m-line protocol as offered (e.g. "UDP/TLS/RTP/SAVPF"), echoed in a rejected answer section
 * @param direction  the browser's direction
 * @param parameters the negotiated codec, extensions and encodings when the section is accepted, null when rejected;
 *                   a non-sending accepted section (recvonly/inactive) is answered inactive and has no encodings
 * @param rejection  why the answer rejects the section (port 0), null when accepted
 */
public record PublishSection(String mid, String media, MediaKind kind, String protocol, Direction direction,
                             ProducerParameters parameters, String rejection) {

    /** The Producer this section publishes: present when the browser sends media the SFU accepted. */
    public Optional<ProducerParameters> producer() {
        boolean sends = direction == Direction.SENDONLY || direction == Direction.SENDRECV;
        return parameters != null && sends ? Optional.of(parameters) : Optional.empty();
    }

    public boolean rejected() {
        return rejection != null;
    }
}
