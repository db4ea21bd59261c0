package dev.parley.media.sfu.sdp;

import dev.parley.media.sfu.rtp.LocalTransportParameters;

/**
 * The browser's send connection (decision 0002 §1): the browser offers its tracks, the server answers as ICE-lite,
 * DTLS passive, BUNDLE + rtcp-mux, recvonly, with only the codecs and header extensions in {@code SfuCapabilities}.
 */
public final class PublishNegotiation {
    private PublishNegotiation() {
    }

    /** Reads the browser's offer; throws only SdpException, whatever the input. */
    public static PublishOffer readOffer(String sdp) throws SdpException {
        throw new SdpException("not implemented yet");
    }

    /** The answer to an offer read by {@link #readOffer}: every offered mid in order, accepted sections recvonly. */
    public static String answer(PublishOffer offer, LocalTransportParameters local) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
