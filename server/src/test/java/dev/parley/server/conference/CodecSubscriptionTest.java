package dev.parley.server.conference;

import static dev.parley.server.conference.ConferenceHarness.join;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.sfu.rtp.ReceiveCapabilities;
import dev.parley.media.sfu.rtp.ReceiveCapabilities.Decodable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A participant gets a Consumer only of tracks whose codec its browser decodes (its join's receive_codecs); of the others it
 * is told with track_unsupported, never left with a silent black tile.
 */
class CodecSubscriptionTest {
    private static ConferenceHarness harness;

    /** A browser with H.264 (Chromium). */
    private static final ReceiveCapabilities WITH_H264 = new ReceiveCapabilities(List.of(
            Decodable.of("audio/opus", "minptime=10;useinbandfec=1"), Decodable.of("video/VP8", null),
            Decodable.of("video/H264", "level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f")));
    /** Firefox without OpenH264: VP8, VP9, AV1. */
    private static final ReceiveCapabilities WITHOUT_H264 = new ReceiveCapabilities(List.of(
            Decodable.of("audio/opus", null), Decodable.of("video/VP8", "max-fs=12288;max-fr=60"),
            Decodable.of("video/VP9", "max-fs=12288;max-fr=60"), Decodable.of("video/AV1", null)));

    @BeforeAll
    static void start() {
        harness = new ConferenceHarness();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    /** A FakeChannel whose browser stated what it decodes. */
    private static FakeChannel decoding(ReceiveCapabilities capabilities) {
        return new FakeChannel() {
            @Override
            public ReceiveCapabilities receiveCapabilities() {
                return capabilities;
            }
        };
    }

    @Test
    void aTrackInACodecSomeoneCannotDecodeIsAnnouncedToThemAsUnsupportedAndConsumedByTheOthers() throws Exception {
        Conference conference = harness.conference("codecs-" + Long.toHexString(System.nanoTime()), 10);
        FakeChannel ada = new FakeChannel();
        FakeChannel bob = decoding(WITH_H264);
        FakeChannel cyd = decoding(WITHOUT_H264);
        String adaId = join(conference, "ada", 1, ParticipantRole.PARTICIPANT, ada);
        String bobId = join(conference, "bob", 2, ParticipantRole.PARTICIPANT, bob);
        String cydId = join(conference, "cyd", 3, ParticipantRole.PARTICIPANT, cyd);

        Conference.PublishResult published = conference.command(adaId,
                publisher -> conference.publishing().publish(publisher, TestOffers.CAMERA_H264, Map.of("0", "camera")),
                Conference.Reply.none()).get(5, TimeUnit.SECONDS);
        String cameraId = published.producers().getFirst().producerId();

        assertThat(published.sdp()).contains("a=fmtp:108 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f");
        ConferenceEvent.SubscribeOffer offer = (ConferenceEvent.SubscribeOffer) bob.await("subscribe_offer").body();
        assertThat(offer.sdp()).contains("a=rtpmap:100 H264/90000");
        ConferenceEvent.TrackUnsupported told = (ConferenceEvent.TrackUnsupported) cyd.await("track_unsupported").body();
        assertThat(told).isEqualTo(new ConferenceEvent.TrackUnsupported(adaId, cameraId, "camera", "video", "video/H264"));
        assertThat(cyd.types()).doesNotContain("subscribe_offer");
        assertThat(cyd.types().indexOf("producer_added")).isLessThan(cyd.types().indexOf("track_unsupported"));
        Map<String, List<String>> consumers = conference.consumersByParticipant();
        assertThat(consumers.get(bobId)).hasSize(1);
        assertThat(consumers.get(cydId)).isEmpty();

        // A newcomer that states nothing (a bot, an older page) decodes Opus and VP8 only: told after its joined reply.
        FakeChannel dan = new FakeChannel();
        join(conference, "dan", 4, ParticipantRole.PARTICIPANT, dan);
        dan.await("track_unsupported");
        assertThat(dan.types().indexOf("joined")).isLessThan(dan.types().indexOf("track_unsupported"));
    }
}
