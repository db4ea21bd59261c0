package dev.parley.server.problem;

import dev.parley.server.text.InvalidTextException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Explains why a request body could not be turned into the endpoint's record: too large (413), not JSON, an unknown field, a
 * value of the wrong JSON type, or a string that is not storable text (all 400, the last three naming the field).
 */
final class UnreadableBody {
    private UnreadableBody() {
    }

    static ResponseEntity<Object> describe(HttpMessageNotReadableException e, String path) {
        ProblemDetail problem = describeProblem(e, path);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ProblemDetail describeProblem(HttpMessageNotReadableException e, String path) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return Problems.of(ProblemType.BODY_TOO_LARGE, "The request body is too large: " + tooLarge.getMessage() + ".", path);
            }
        }
        return switch (e.getCause()) {
            case UnrecognizedPropertyException unknown -> invalidField(field(unknown), "is not a known field", path);
            case InvalidTextException text -> invalidField(field(text), text.reason(), path);
            case MismatchedInputException mismatch when !mismatch.getPath().isEmpty() ->
                    invalidField(field(mismatch), "must be " + jsonType(mismatch.getTargetType()), path);
            case MismatchedInputException ignored ->
                    Problems.of(ProblemType.MALFORMED_BODY, "The request body must be a JSON object.", path);
            case StreamReadException syntax -> Problems.of(ProblemType.MALFORMED_BODY, "The request body is not valid JSON"
                    + (syntax.getLocation() == null ? "" : " (line " + syntax.getLocation().getLineNr() + ", column "
                    + syntax.getLocation().getColumnNr() + ")") + ".", path);
            case null, default -> Problems.of(ProblemType.MALFORMED_BODY,
                    "The request body is missing or is not a JSON object.", path);
        };
    }

    private static ProblemDetail invalidField(String field, String message, String path) {
        List<InvalidField> errors = List.of(new InvalidField(field, message));
        return Problems.of(ProblemType.VALIDATION, ValidationDetail.of(errors), errors, path);
    }

    /** The JSON path of the offending value, as dotted property names with [index] for arrays ("invitees[2].email"). */
    private static String field(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String jsonType(Class<?> target) {
        if (target == null) {
            return "of a different JSON type";
        }
        if (target == String.class || target.isEnum()) {
            return "a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != char.class)) {
            return "a number";
        }
        if (target.isArray() || java.util.Collection.class.isAssignableFrom(target)) {
            return "an array";
        }
        return "a JSON object";
    }
}
