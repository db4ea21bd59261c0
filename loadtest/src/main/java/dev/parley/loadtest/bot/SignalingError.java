package dev.parley.loadtest.bot;

/** The server refused a request: its {@code error} reply ({@code code} for programs, {@code message} for people). */
public final class SignalingError extends RuntimeException {
    private final String code;

    public SignalingError(String type, String code, String message) {
        super(type + " refused: " + code + " (" + message + ")");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
