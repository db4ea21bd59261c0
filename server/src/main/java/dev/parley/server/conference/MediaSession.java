package dev.parley.server.conference;

import dev.parley.media.sfu.Producer;
import dev.parley.media.sfu.Router;
import dev.parley.media.sfu.RouterListener;
import dev.parley.media.sfu.RouterStats;
import dev.parley.media.sfu.TransportState;
import dev.parley.media.sfu.WebRtcTransport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The media half of a conference's life: its SFU Router exists only while someone is in (each costs a loop thread), so an
 * owner that lives without participants (a started meeting nobody joined yet, a lobby) costs none. The Router is made at the
 * first join and closed when the last participant leaves; the next join makes a fresh one with a fresh {@link Publishing}.
 * Router events are posted to the conference's executor and reach the Publishing of the Router that sent them, so a late
 * event of a closed Router finds nothing to act on. Not thread-safe: used on the conference's executor, but for
 * {@link #stats}.
 */
final class MediaSession {
    private final Conference conference;
    private final Function<RouterListener, Router> routers;
    private final Executor actor;
    private final Executor carrier;
    private volatile Router router;
    private Publishing publishing;

    /**
     * @param routers makes a Router that reports to the given listener
     * @param carrier runs {@code Router.close}, which joins the Router's loop thread: never on the executor
     */
    MediaSession(Conference conference, Function<RouterListener, Router> routers, Executor actor, Executor carrier) {
        this.conference = conference;
        this.routers = routers;
        this.actor = actor;
        this.carrier = carrier;
        this.publishing = new Publishing(conference, null);
    }

    /** The Router, made now if nobody was in. */
    Router router() {
        if (router == null) {
            Publishing[] bound = new Publishing[1];
            Router made = routers.apply(new RouterListener() {
                @Override
                public void onTransportStateChanged(WebRtcTransport transport, TransportState state, String reason) {
                    String transportId = transport.id();
                    actor.execute(() -> bound[0].transportStateChanged(transportId, state, reason));
                }

                @Override
                public void onProducerClosed(Producer producer) {
                    String producerId = producer.id();
                    actor.execute(() -> bound[0].producerClosed(producerId));
                }
            });
            bound[0] = new Publishing(conference, made);
            publishing = bound[0];
            router = made;
        }
        return router;
    }

    /** The Publishing of the current Router (one that knows no Producer while nobody is in). */
    Publishing publishing() {
        return publishing;
    }

    /** The last participant left: the Router closes (off the executor). */
    void close() {
        Router closing = router;
        if (closing != null) {
            router = null;
            carrier.execute(closing::close);
        }
    }

    /** Any thread: the Router's counters, or none while nobody is in. */
    RouterStats stats() {
        Router current = router;
        return current != null ? current.stats()
                : new RouterStats(conference.id(), Map.of(), List.of(), List.of(), List.of());
    }
}
