package dev.parley.media.sfu.sdp;

import dev.parley.media.sfu.rtp.LocalTransportParameters;
import dev.parley.media.sfu.rtp.RemoteTransportParameters;

import java.util.List;

/**
 * The participant's recv connection (decision 0002 §1): the server offers one sendonly m-section per Consumer, the browser
 * answers. The server stays the DTLS server: it offers {@code a=setup:actpass} and requires the answer's {@code active}.
 */
public final class SubscribeNegotiation {
    private SubscribeNegotiation() {
    }

    /**
     * The server's offer.
     *
     * @param sessionId o= session id, constant for the connection (RFC 8866 §5.2)
     * @param version   o= session version, incremented with every new offer on the connection
     * @param sections  the m-sections in order; a section's index never changes once offered
     */
    public static String offer(LocalTransportParameters local, long sessionId, long version, List<SubscribeSection> sections) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Reads the browser's answer: its mids must be {@code expectedMids} in order; throws only SdpException. */
    public static RemoteTransportParameters readAnswer(String sdp, List<String> expectedMids) throws SdpException {
        throw new SdpException("not implemented yet");
    }
}
