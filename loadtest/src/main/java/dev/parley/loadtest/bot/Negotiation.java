package dev.parley.loadtest.bot;

import dev.onvoid.webrtc.CreateSessionDescriptionObserver;
import dev.onvoid.webrtc.RTCAnswerOptions;
import dev.onvoid.webrtc.RTCOfferOptions;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCSdpType;
import dev.onvoid.webrtc.RTCSessionDescription;
import dev.onvoid.webrtc.RTCStatsReport;
import dev.onvoid.webrtc.SetSessionDescriptionObserver;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * libwebrtc's callback-style offer/answer steps, made blocking with a timeout. The callbacks run on libwebrtc's signaling
 * thread, so these methods must be called from the bot's own thread, never inside a libwebrtc callback (the wait would
 * block the very thread that delivers the result). Each step is issued only after the previous one completed, the order
 * RFC 8829 (JSEP) §4.1 requires.
 */
final class Negotiation {
    private final RTCPeerConnection pc;
    private final Duration timeout;

    Negotiation(RTCPeerConnection pc, Duration timeout) {
        this.pc = pc;
        this.timeout = timeout;
    }

    /** createOffer + setLocalDescription; returns the SDP as applied. */
    String offer() {
        CompletableFuture<RTCSessionDescription> created = new CompletableFuture<>();
        pc.createOffer(new RTCOfferOptions(), created(created));
        return setLocal(await(created, "createOffer"));
    }

    /** setRemoteDescription(offer) + createAnswer + setLocalDescription; returns the answer SDP as applied. */
    String answer(String offerSdp) {
        setRemote(new RTCSessionDescription(RTCSdpType.OFFER, offerSdp));
        CompletableFuture<RTCSessionDescription> created = new CompletableFuture<>();
        pc.createAnswer(new RTCAnswerOptions(), created(created));
        return setLocal(await(created, "createAnswer"));
    }

    void acceptAnswer(String answerSdp) {
        setRemote(new RTCSessionDescription(RTCSdpType.ANSWER, answerSdp));
    }

    RTCStatsReport stats() {
        CompletableFuture<RTCStatsReport> report = new CompletableFuture<>();
        pc.getStats(report::complete);
        return await(report, "getStats");
    }

    private String setLocal(RTCSessionDescription description) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        pc.setLocalDescription(description, applied(done, "setLocalDescription"));
        await(done, "setLocalDescription");
        return pc.getLocalDescription().sdp;
    }

    private void setRemote(RTCSessionDescription description) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        String what = "setRemoteDescription(" + description.sdpType + ")";
        pc.setRemoteDescription(description, applied(done, what));
        await(done, what);
    }

    private <T> T await(CompletableFuture<T> step, String what) {
        return Waits.await(step, timeout, what);
    }

    private static CreateSessionDescriptionObserver created(CompletableFuture<RTCSessionDescription> result) {
        return new CreateSessionDescriptionObserver() {
            @Override
            public void onSuccess(RTCSessionDescription description) {
                result.complete(description);
            }

            @Override
            public void onFailure(String error) {
                result.completeExceptionally(new IllegalStateException(error));
            }
        };
    }

    private static SetSessionDescriptionObserver applied(CompletableFuture<Void> result, String what) {
        return new SetSessionDescriptionObserver() {
            @Override
            public void onSuccess() {
                result.complete(null);
            }

            @Override
            public void onFailure(String error) {
                result.completeExceptionally(new IllegalStateException(what + ": " + error));
            }
        };
    }
}
