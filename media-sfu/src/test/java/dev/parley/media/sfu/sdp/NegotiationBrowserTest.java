package dev.parley.media.sfu.sdp;

import dev.parley.media.sfu.rtp.MediaKind;
import dev.parley.media.sfu.rtp.RemoteTransportParameters;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.parley.media.sfu.sdp.SubscribeOfferTest.consumer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Chromium accepts what the SFU writes: the answers on the send connection and the offers on the recv connection
 * (setRemoteDescription, createAnswer, setLocalDescription), including simulcast and the reuse of closed m-sections.
 * No media flows (nothing listens on the candidate); this proves the SDP, the media tests prove the rest.
 */
class NegotiationBrowserTest {
    private static NegotiationPage page;

    @BeforeAll
    static void openPage() throws IOException {
        page = NegotiationPage.open();
    }

    @BeforeEach
    void freshDocument() {
        page.reload();
    }

    @AfterAll
    static void closePage() {
        page.close();
    }

    @Test
    void chromiumAcceptsTheAnswerToItsCameraAndMicrophoneOffer() throws SdpException {
        PublishOffer offer = PublishNegotiation.readOffer((String) page.call("publishOffer", false));
        assertThat(offer.producers()).extracting(p -> p.kind()).containsExactly(MediaKind.AUDIO, MediaKind.VIDEO);

        Object transceivers = page.call("publishAnswer", PublishNegotiation.answer(offer, TestTransports.LOCAL));

        assertThat(transceivers).asList().containsExactly(
                Map.of("mid", "0", "currentDirection", "sendonly", "encodings", List.of("")),
                Map.of("mid", "1", "currentDirection", "sendonly", "encodings", List.of("")));
    }

    @Test
    void chromiumAcceptsTheSimulcastAnswer() throws SdpException {
        PublishOffer offer = PublishNegotiation.readOffer((String) page.call("publishOffer", true));
        assertThat(offer.producers().get(1).encodings()).extracting(e -> e.rid()).containsExactly("q", "h", "f");

        Object transceivers = page.call("publishAnswer", PublishNegotiation.answer(offer, TestTransports.LOCAL));

        assertThat(transceivers).asList().contains(
                Map.of("mid", "1", "currentDirection", "sendonly", "encodings", List.of("q", "h", "f")));
    }

    @Test
    void aRejectedFirstVideoSectionLeavesTheMicrophoneConnected() throws SdpException {
        // Issue 12: a camera offered first with only codecs the SFU cannot forward (AV1 here) must not take the
        // microphone down with it. The answer rejects mid 0, which was the offerer's BUNDLE tag.
        PublishOffer offer = PublishNegotiation.readOffer((String) page.call("publishVideoFirst", List.of("video/AV1")));
        assertThat(offer.sections().get(0).rejected()).isTrue();

        Object transceivers = page.call("publishAnswer", PublishNegotiation.answer(offer, TestTransports.LOCAL));

        assertThat(transceivers).asList().extracting(t -> ((Map<?, ?>) t).get("mid") + " " + ((Map<?, ?>) t).get("currentDirection"))
                .containsExactly("0 inactive", "1 sendonly");
    }

    @Test
    void renegotiationAddsAProducerAndKeepsTheRejectedDataChannelRejected() throws SdpException {
        PublishOffer first = PublishNegotiation.readOffer((String) page.call("publishOffer", false));
        page.call("publishAnswer", PublishNegotiation.answer(first, TestTransports.LOCAL));

        PublishOffer second = PublishNegotiation.readOffer((String) page.call("publishAnother", ""));
        Object transceivers = page.call("publishAnswer", PublishNegotiation.answer(second, TestTransports.LOCAL));

        assertThat(second.producers()).extracting(p -> p.mid()).containsExactly("0", "1", "3");
        assertThat(second.sections().get(2).rejected()).isTrue();
        assertThat(transceivers).asList().extracting(t -> ((Map<?, ?>) t).get("mid") + " " + ((Map<?, ?>) t).get("currentDirection"))
                .containsExactly("0 sendonly", "1 sendonly", "3 sendonly");
    }

    @Test
    void chromiumAnswersTheRecvOfferAndNamesEachTracksParticipant() throws SdpException {
        Map<?, ?> result = subscribe(1, SubscribeOfferTest.TWO_PARTICIPANTS);

        RemoteTransportParameters remote = SubscribeNegotiation.readAnswer((String) result.get("sdp"), List.of("0", "1", "2", "3"));
        assertThat(remote.ice().ufrag()).isNotBlank();
        assertThat(remote.fingerprint().algorithm()).isEqualTo("sha-256");
        assertThat(result.get("tracks")).asList().containsExactly(
                Map.of("mid", "0", "kind", "audio", "streams", List.of("alice"), "track", "alice-mic"),
                Map.of("mid", "1", "kind", "audio", "streams", List.of("bob"), "track", "bob-mic"),
                Map.of("mid", "2", "kind", "video", "streams", List.of("alice"), "track", "alice-cam"));
    }

    @Test
    void closedSlotIsReusedUnderANewMidAndTheFirstSlotUnderItsOwn() throws SdpException {
        subscribe(1, SubscribeOfferTest.TWO_PARTICIPANTS);

        // Bob leaves: his audio (mid 1) closes; alice's audio (mid 0, the BUNDLE tag) closes too, staying bundled.
        subscribe(2, List.of(SubscribeSection.inactive("0", MediaKind.AUDIO), SubscribeSection.inactive("1", MediaKind.AUDIO),
                SubscribeSection.active(consumer("2", MediaKind.VIDEO, 1010, "alice", "alice-cam")),
                SubscribeSection.inactive("3", MediaKind.VIDEO)));

        // Carol joins: her camera takes the rejected slot 3 under a new mid, her microphone the kept first slot (mid 0).
        Map<?, ?> result = subscribe(3, List.of(
                SubscribeSection.active(consumer("0", MediaKind.AUDIO, 3001, "carol", "carol-mic")),
                SubscribeSection.inactive("1", MediaKind.AUDIO),
                SubscribeSection.active(consumer("2", MediaKind.VIDEO, 1010, "alice", "alice-cam")),
                SubscribeSection.active(consumer("4", MediaKind.VIDEO, 3010, "carol", "carol-cam"))));

        SubscribeNegotiation.readAnswer((String) result.get("sdp"), List.of("0", "1", "2", "4"));
        // A reused first slot fires ontrack again with the new stream id; its track object (and id) is the old one,
        // so the client must map tracks to Producers by mid or stream id, never by track id.
        List<?> tracks = (List<?>) result.get("tracks");
        assertThat(tracks.subList(3, tracks.size())).extracting(t -> ((Map<?, ?>) t).get("mid") + " " + ((Map<?, ?>) t).get("streams"))
                .containsExactlyInAnyOrder("0 [carol]", "4 [carol]");
    }

    @Test
    void chromiumAcceptsAnOfferWhoseSectionsAreAllClosed() throws SdpException {
        Map<?, ?> result = subscribe(1, List.of(
                SubscribeSection.inactive("0", MediaKind.AUDIO), SubscribeSection.inactive("1", MediaKind.VIDEO)));

        assertThat(SubscribeNegotiation.readAnswer((String) result.get("sdp"), List.of("0", "1")).ice()).isNotNull();
        assertThat(result.get("tracks")).asList().isEmpty();
    }

    private Map<?, ?> subscribe(long version, List<SubscribeSection> sections) {
        return (Map<?, ?>) page.call("subscribe", SubscribeNegotiation.offer(TestTransports.LOCAL, 77, version, sections));
    }
}
