package dev.parley.media.sfu.sdp;

import dev.parley.media.sfu.rtp.ProducerParameters;
import dev.parley.media.sfu.rtp.RemoteTransportParameters;
import dev.parley.media.wire.sdp.SessionDescription;

import java.util.List;

/**
 * The browser's offer on its send connection, read into what the SFU needs.
 *
 * @param description the parsed offer, which the answer mirrors (origin version, rejected sections' formats)
 * @param transport   the browser's ICE credentials and DTLS fingerprint (for {@code WebRtcTransport.connect})
 * @param sections    one entry per m-section, in offer order (the answer keeps that order, RFC 3264 §6)
 */
public record PublishOffer(SessionDescription description, RemoteTransportParameters transport, List<PublishSection> sections) {
    public PublishOffer {
        sections = List.copyOf(sections);
        if (description.media().size() != sections.size()) {
            throw new IllegalArgumentException("one PublishSection per m-section of the description");
        }
    }

    /** The Producers this offer publishes, in m-section order. */
    public List<ProducerParameters> producers() {
        return sections.stream().flatMap(s -> s.producer().stream()).toList();
    }
}
