package dev.parley.server.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.loadtest.bot.Bot;
import dev.parley.loadtest.bot.BotSettings;
import dev.parley.loadtest.bot.RemoteVideo;
import dev.parley.loadtest.bot.VideoFormat;
import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Two real libwebrtc clients (not browsers) in one conference, through the server's signaling and its SFU: each publishes
 * a synthetic camera and decodes the other's, and when one leaves the other's subscription to it ends, on the client (the
 * recv offer drops the track, frames stop) and on the server (no Consumer of the gone Producers).
 */
@ParleyServerTest
class BotConferenceTest {
    /** The bound for media to flow both ways after joining. */
    private static final Duration MEDIA_WITHIN = Duration.ofSeconds(10);
    private static final VideoFormat SMALL = new VideoFormat(160, 90, 15);

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void twoBotsReceiveEachOthersVideoAndALeaveEndsTheSubscription() throws Exception {
        String conferenceId = "bots-" + TestUsers.uniqueName("c").replace('_', '-').toLowerCase();
        try (Bot ada = join("ada", conferenceId, 1); Bot bob = join("bob", conferenceId, 2)) {
            long ada0 = awaitFrames(ada, bob);
            long bob0 = awaitFrames(bob, ada);
            // Counts keep increasing: a live stream, not one keyframe.
            await().atMost(MEDIA_WITHIN).until(() -> frames(ada, bob) > ada0 + 5 && frames(bob, ada) > bob0 + 5);
            assertThat(consumedProducers(ada, conferenceId)).containsAll(bob.producerIds());

            bob.leave();

            await().atMost(MEDIA_WITHIN).until(() -> ada.remoteVideos().get(bob.participantId()).ended());
            await().atMost(MEDIA_WITHIN).until(() -> consumedProducers(ada, conferenceId).stream()
                    .noneMatch(bob.producerIds()::contains));
            long afterEnd = frames(ada, bob);
            Thread.sleep(1_000);
            assertThat(frames(ada, bob)).as("frames from a participant who left").isEqualTo(afterEnd);
            assertThat(ada.failures()).isEmpty();
            assertThat(bob.failures()).isEmpty();
        }
    }

    private Bot join(String name, String conferenceId, int tint) throws Exception {
        URI server = URI.create("http://127.0.0.1:" + port);
        BotSettings settings = BotSettings.of(server, TestUsers.uniqueName(name), conferenceId).withVideo(SMALL);
        return Bot.join(http, settings, tint);
    }

    /** Waits until {@code receiver} decoded a frame of {@code sender}'s camera; returns the count then. */
    private static long awaitFrames(Bot receiver, Bot sender) {
        await().atMost(MEDIA_WITHIN).pollInterval(Duration.ofMillis(100)).until(() -> frames(receiver, sender) > 0);
        return frames(receiver, sender);
    }

    private static long frames(Bot receiver, Bot sender) {
        RemoteVideo.Snapshot video = receiver.remoteVideos().get(sender.participantId());
        return video == null ? 0 : video.frames();
    }

    /** The Producer ids {@code bot}'s Consumers forward, from the server's stats of the conference. */
    private List<String> consumedProducers(Bot bot, String conferenceId) {
        ApiClient.Response response = new ApiClient(port).get("/conferences/" + conferenceId + "/stats", bot.accessToken());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode stats = response.json();
        List<String> consumerIds = new ArrayList<>();
        stats.path("consumers_by_participant").path(bot.participantId()).forEach(id -> consumerIds.add(id.asString()));
        List<String> producers = new ArrayList<>();
        for (JsonNode consumer : stats.path("router").path("consumers")) {
            if (consumerIds.contains(consumer.path("id").asString())) {
                producers.add(consumer.path("producer_id").asString());
            }
        }
        return producers;
    }
}
