package dev.parley.server.signaling;

/**
 * A request the server refuses; becomes {@code {type:"error", id, code, message}}. With {@code closeSocket} the socket closes
 * afterwards with 1008 (policy violation, RFC 6455 §7.4.1): used when the peer is not authenticated.
 */
final class SignalingException extends RuntimeException {
    private final String code;
    private final boolean closeSocket;

    SignalingException(String code, String message) {
        this(code, message, false);
    }

    SignalingException(String code, String message, boolean closeSocket) {
        super(message, null, false, false);
        this.code = code;
        this.closeSocket = closeSocket;
    }

    String code() {
        return code;
    }

    boolean closeSocket() {
        return closeSocket;
    }
}
