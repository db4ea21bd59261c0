package dev.parley.server.chat;

/**
 * How chat reaches one participant's socket: one message of {@code type} whose fields are {@code body}'s components. Must only
 * queue the message, never wait for the network (it is called for every recipient of a broadcast in turn).
 */
@FunctionalInterface
public interface ChatSink {
    void deliver(String type, Object body);
}
