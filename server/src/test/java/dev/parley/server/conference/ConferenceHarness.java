package dev.parley.server.conference;

import dev.parley.media.sfu.MediaConfig;
import dev.parley.media.sfu.MediaServer;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real media server on loopback (an ephemeral UDP port, no peers) and conferences on virtual threads: the conference owner
 * as the registry makes it, without Spring or sockets. Close it after the tests.
 */
public final class ConferenceHarness implements AutoCloseable {
    private final MediaServer media = MediaServer.start(MediaConfig.loopback());
    private final ExecutorService carrier = Executors.newVirtualThreadPerTaskExecutor();
    /** How many conferences closed (ended, or an ad-hoc room's last participant left). */
    public final AtomicInteger closed = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();
    private final java.util.concurrent.ScheduledExecutorService graceTimer =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().factory());

    public Conference conference(String id, int maxParticipants, ConferencePart... parts) {
        return new Conference(id, listener -> media.createRouter(id + "-" + System.nanoTime(), listener), carrier,
                ConferenceSettings.AD_HOC, maxParticipants, OptionalLong.empty(), List.of(parts), closed::incrementAndGet);
    }

    /** An ad-hoc room that keeps a resumable participant's seat for {@code grace} after their socket dropped. */
    public Conference keepingSeats(String id, java.time.Duration grace, ConferencePart... parts) {
        return new Conference(id, listener -> media.createRouter(id + "-" + System.nanoTime(), listener), carrier,
                ConferenceSettings.AD_HOC, 100, OptionalLong.empty(), List.of(parts), closed::incrementAndGet,
                new ReconnectPolicy(grace, graceTimer));
    }

    /** Joins with a resumable seat and returns the joined result (its resume token, among others). */
    public static Conference.Joined joinResumable(Conference conference, String name, long userId, FakeChannel channel)
            throws Exception {
        java.util.concurrent.CompletableFuture<Conference.Joined> joined = new java.util.concurrent.CompletableFuture<>();
        conference.join(new ConferenceUser(userId, name), new JoinGrant(name, ParticipantRole.PARTICIPANT), channel, true,
                (result, error) -> {
                    channel.send(error == null ? "joined" : "error", error == null ? result : error);
                    if (error == null) {
                        joined.complete(result);
                    } else {
                        joined.completeExceptionally(error);
                    }
                }).get(5, TimeUnit.SECONDS);
        return joined.get(5, TimeUnit.SECONDS);
    }

    /** A meeting's conference ({@code c-<n>}) whose host is the account {@code hostUserId}; it stays open until ended. */
    public Conference meeting(long hostUserId, int maxParticipants, ConferencePart... parts) {
        String id = "c-" + ids.incrementAndGet();
        return new Conference(id, listener -> media.createRouter(id + "-" + System.nanoTime(), listener), carrier,
                ConferenceSettings.AD_HOC, maxParticipants, OptionalLong.of(hostUserId), List.of(parts),
                closed::incrementAndGet);
    }

    /** Joins and returns the participant id; the channel gets "joined" as the signaling layer's reply would put it. */
    public static String join(Conference conference, String name, long userId, ParticipantRole role, FakeChannel channel)
            throws Exception {
        return conference.join(new ConferenceUser(userId, name), new JoinGrant(name, role), channel,
                (joined, error) -> channel.send(error == null ? "joined" : "error", error == null ? joined : error))
                .get(5, TimeUnit.SECONDS).orElseThrow();
    }

    @Override
    public void close() {
        carrier.shutdownNow();
        graceTimer.shutdownNow();
        media.close();
    }
}
