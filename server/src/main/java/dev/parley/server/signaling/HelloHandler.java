package dev.parley.server.signaling;

import dev.parley.server.conference.ConferenceUser;
import org.springframework.stereotype.Component;

/** {@code hello {token}} → {@code welcome {user}}: authenticates the socket; must be the first message. */
@Component
class HelloHandler implements MessageHandler {
    private final AccessTokenVerifier verifier;

    HelloHandler(AccessTokenVerifier verifier) {
        this.verifier = verifier;
    }

    record Welcome(User user) {
    }

    record User(long id, String name) {
    }

    @Override
    public String type() {
        return "hello";
    }

    @Override
    public Requires requires() {
        return Requires.NOTHING;
    }

    @Override
    public void handle(SignalingSession session, Request request) {
        if (session.user() != null) {
            throw new SignalingException("already_authenticated", "This socket already said hello.");
        }
        if (!request.body().path("token").isString()) {
            throw new SignalingException("invalid_token", "Field 'token' must be your access token (a string).", true);
        }
        ConferenceUser user = verifier.verify(request.body().get("token").asString());
        session.authenticated(user);
        session.reply(request, "welcome", new Welcome(new User(user.userId(), user.username())));
    }
}
