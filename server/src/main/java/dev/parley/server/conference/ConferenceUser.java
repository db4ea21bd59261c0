package dev.parley.server.conference;

/** The signed-in account behind a participant, as the signaling layer authenticated it ({@code userId} 0: a guest). */
public record ConferenceUser(long userId, String username) {
    /** The same person across rejoins: an account by its id, a guest (who has none) by the name the host let in. */
    public String personKey() {
        return userId == 0 ? "guest:" + username : "user:" + userId;
    }
}
