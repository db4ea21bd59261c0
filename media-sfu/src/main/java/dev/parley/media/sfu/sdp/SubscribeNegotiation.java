package dev.parley.media.sfu.sdp;

import dev.parley.media.sfu.rtp.LocalTransportParameters;
import dev.parley.media.sfu.rtp.RemoteTransportParameters;
import dev.parley.media.wire.sdp.MediaDescription;
import dev.parley.media.wire.sdp.SessionDescription;

import java.util.List;

/**
 * The participant's recv connection (decision 0002 §1): the server offers one sendonly m-section per Consumer, the browser
 * answers. The server stays the DTLS server: it offers {@code a=setup:actpass} and requires the answer's {@code active}.
 */
public final class SubscribeNegotiation {
    private static final String WHAT = "answer";

    private SubscribeNegotiation() {
    }

    /**
     * The server's offer. Throws IllegalArgumentException for a caller's mistake (no sections, a repeated mid, an id with
     * spaces), never for anything a browser sent.
     *
     * @param sessionId o= session id, constant for the connection (RFC 8866 §5.2)
     * @param version   o= session version, incremented with every new offer on the connection
     * @param sections  the m-sections in order; a section's index never changes once offered
     */
    public static String offer(LocalTransportParameters local, long sessionId, long version, List<SubscribeSection> sections) {
        return SubscribeOfferWriter.write(local, sessionId, version, sections);
    }

    /**
     * Reads the browser's answer: one m-section per offered one with the same mids in order (a rejected section may omit its
     * mid), BUNDLE over every accepted section, rtcp-mux, and {@code a=setup:active} so the server stays the DTLS server.
     * Throws only SdpException, whatever the input.
     */
    public static RemoteTransportParameters readAnswer(String sdp, List<String> expectedMids) throws SdpException {
        SessionDescription answer = TransportReader.parse(sdp, WHAT);
        if (answer.media().size() != expectedMids.size()) {
            throw new SdpException("The answer has " + answer.media().size() + " m-sections, the offer had "
                    + expectedMids.size() + ".");
        }
        for (int i = 0; i < expectedMids.size(); i++) {
            MediaDescription m = answer.media().get(i);
            String mid = m.mid();
            boolean midMissingOnRejected = mid == null && !TransportReader.isLive(m);
            if (!midMissingOnRejected && !expectedMids.get(i).equals(mid)) {
                throw new SdpException("m-section " + i + " of the answer has mid '" + mid + "', the offer had '"
                        + expectedMids.get(i) + "'.");
            }
            if (TransportReader.isLive(m) && !m.rtcpMux()) {
                throw new SdpException("m-section '" + mid + "' of the answer has no a=rtcp-mux.");
            }
        }
        MediaDescription tagged = TransportReader.requireBundle(answer, WHAT);
        String setup = answer.setupFor(tagged);
        if (!"active".equals(setup)) {
            throw new SdpException("The answer has a=setup:" + setup + "; it must be active, so that Parley stays the DTLS "
                    + "server (RFC 8842 §5.2).");
        }
        return TransportReader.read(answer, tagged, WHAT);
    }
}
