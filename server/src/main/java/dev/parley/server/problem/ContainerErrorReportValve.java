package dev.parley.server.problem;

import dev.parley.server.security.SecurityHeaders;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's last word on an error nobody else answered — a request it refused before any filter ran ({@code %00} or
 * {@code ..%2f} in the path, an oversize request line or header) or a {@code sendError} outside the application's error page —
 * written as problem+json with the security headers instead of Tomcat's HTML page. Installed as the host's error report valve by
 * {@link ContainerErrorConfig}; Tomcat creates it by class name, hence public with a no-argument constructor.
 */
public final class ContainerErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // The same guards as Tomcat's own report: only errors, only if nothing was written, only once, only if I/O still works.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            SecurityHeaders.forErrors().forEach((name, value) -> {
                if (response.getHeader(name) == null) {
                    response.setHeader(name, value);
                }
            });
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(json(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot take a body any more: nothing left to tell anyone
        }
    }

    /** The problem as JSON text; built by hand because only fixed sentences go in (nothing the client sent is echoed). */
    static String json(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = switch (status) {
            case 400 -> "The server could not read this request: its path, request line or headers are malformed or too large.";
            case 404 -> "There is nothing at this address.";
            case 500 -> "Something went wrong on our side. Please try again; if it keeps happening, tell the operator.";
            default -> "The request failed: " + title + ".";
        };
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
    }
}
