package dev.parley.server.signaling;

import org.springframework.stereotype.Component;

/**
 * {@code ping} → {@code pong}: the client's heartbeat (every 15 s), so idle proxies keep the socket and a dead server is noticed
 * within one interval.
 */
@Component
class PingHandler implements MessageHandler {
    @Override
    public String type() {
        return "ping";
    }

    @Override
    public Requires requires() {
        return Requires.HELLO;
    }

    @Override
    public void handle(SignalingSession session, Request request) {
        session.reply(request, "pong", null);
    }
}
