package dev.parley.server.conference;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A participant's channel that records every message (type and body), for tests of the conference owner without sockets. */
public class FakeChannel implements ParticipantChannel {
    public record Message(String type, Object body) {
    }

    private final List<Message> messages = new ArrayList<>();
    private int closeCode;
    private boolean open = true;

    @Override
    public synchronized void send(String type, Object body) {
        messages.add(new Message(type, body));
        notifyAll();
    }

    @Override
    public synchronized void disconnect(int code, String reason) {
        closeCode = code;
    }

    /** The socket closed (the person gave up, closed the tab): {@link #open} turns false. */
    public synchronized void close() {
        open = false;
    }

    @Override
    public synchronized boolean open() {
        return open;
    }

    public synchronized int closeCode() {
        return closeCode;
    }

    public synchronized List<String> types() {
        return messages.stream().map(Message::type).toList();
    }

    /** The first message of {@code type}, waiting up to 5 s for it. */
    public synchronized Message await(String type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            for (Message message : messages) {
                if (message.type().equals(type)) {
                    return message;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + type + " within 5 s; got " + types());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Every body of {@code type}, in order. */
    public synchronized List<Object> bodies(String type) {
        return messages.stream().filter(m -> m.type().equals(type)).map(Message::body).toList();
    }

    /** The last message of {@code type}'s body, or null. */
    public synchronized Object last(String type) {
        Object last = null;
        for (Message message : messages) {
            if (message.type().equals(type)) {
                last = message.body();
            }
        }
        return last;
    }
}
