package dev.parley.server.problem;

import java.sql.SQLException;
import org.springframework.http.HttpStatus;

/**
 * The safety net behind input validation: PostgreSQL refusing a value (SQLSTATE class 22, "data exception": a NUL in text,
 * a timestamp out of range, a number too large) or a constraint (class 23) is the client's input, so the answer is 4xx, not 500.
 * Reaching this net still means a rule is missing in front of the database; {@code ProblemHandler} logs it as such.
 * SQLSTATE classes: PostgreSQL manual, appendix A "PostgreSQL Error Codes".
 */
final class DatabaseRefusal {
    private DatabaseRefusal() {
    }

    /** 400 for a data exception, 409 for an integrity violation, null for anything else (a real server error). */
    static HttpStatus statusFor(Throwable error) {
        String state = sqlState(error);
        if (state == null || state.length() != 5) {
            return null;
        }
        return switch (state.substring(0, 2)) {
            case "22" -> HttpStatus.BAD_REQUEST;
            case "23" -> HttpStatus.CONFLICT;
            default -> null;
        };
    }

    static String sqlState(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    static String detail(HttpStatus status) {
        return status == HttpStatus.CONFLICT
                ? "The request conflicts with data stored meanwhile; reload and try again."
                : "A value in the request cannot be stored (out of range or not valid text); check the fields and try again.";
    }
}
