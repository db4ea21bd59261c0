package dev.parley.server.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.MutableClock;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.meeting.MeetingApi;
import dev.parley.server.security.AccessTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8 section 3: every operation of the served OpenAPI document, called with hostile input ({@link FuzzValues}: malformed
 * JSON, wrong types, huge numbers, NUL, lone surrogates, bidi controls, oversize strings, bad percent sequences in path and query,
 * wrong content types) and with absent, forged, expired and orphaned tokens. Every answer must be below 500; every 4xx must be
 * problem+json with type, title, status and detail (RFC 9457 section 3.1); and a refused write must leave the stored data as it
 * was. Seeded ({@code -Dparley.fuzz.seed=...} replays a run) and bounded: a few samples per property and parameter.
 */
@ParleyServerTest
class RestFuzzTest {
    private static final long SEED = Long.getLong("parley.fuzz.seed", 8L);
    /** JSON values tried per body property and values per query parameter; the whole lists would triple the run time. */
    private static final int SAMPLES_PER_FIELD = 4;
    private static final int SAMPLES_PER_QUERY_PARAMETER = 6;
    private static final int SAMPLES_PER_PATH_PARAMETER = 8;
    /** The tables a refused request must not change (their full content is compared). */
    private static final List<String> TABLES = List.of("users", "meetings", "meeting_invitees", "meeting_occurrence_changes",
            "calendar_feeds", "refresh_tokens");

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccessTokens tokens;
    @Autowired
    MutableClock clock;

    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private Map<String, String> authorizations;
    private long meetingId;
    private int requests;

    @Test
    void noOperationAnswersHostileInputWith500OrWithoutAProblem() {
        MeetingApi meetings = new MeetingApi(api);
        MeetingApi.Person me = meetings.person("fuzz");
        meetingId = meetings.create(me, MeetingApi.meeting("Fuzzed", 3, List.of())).get("id").asLong();
        authorizations = authorizations(me);
        List<OpenApiOperations.Operation> operations = OpenApiOperations.of(apiDocs());
        assertThat(operations).hasSizeGreaterThan(15);
        long started = System.nanoTime();

        for (OpenApiOperations.Operation operation : operations) {
            fuzz(operation, authorizations.get("valid"));
        }

        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertThat(failures).as("seed %d, %d requests in %d s", SEED, requests, seconds).isEmpty();
        assertThat(requests).isGreaterThan(500);
    }

    /** The first request builds the document (springdoc scans every controller): on a loaded 2-core box that can pass 30 s. */
    private JsonNode apiDocs() {
        for (int attempt = 1; ; attempt++) {
            try {
                return api.get("/v3/api-docs", null).json();
            } catch (java.io.UncheckedIOException timeout) {
                if (attempt == 3) {
                    throw timeout;
                }
            }
        }
    }

    private void fuzz(OpenApiOperations.Operation op, String valid) {
        authorizations.forEach((kind, token) -> call(op, kind + " token", token, pathWith(op, null, null), "",
                op.readsJson() ? "application/json" : null, op.readsJson() ? body(op, null, null) : null));
        for (OpenApiOperations.Parameter parameter : op.parameters()) {
            if (parameter.in().equals("path")) {
                sample(FuzzValues.PATH, SAMPLES_PER_PATH_PARAMETER).forEach(value -> call(op, "path " + parameter.name() + "=" + abbreviate(value), valid,
                        pathWith(op, parameter.name(), value), "", jsonType(op), plausibleBody(op)));
            } else if (parameter.in().equals("query")) {
                sample(FuzzValues.QUERY, SAMPLES_PER_QUERY_PARAMETER).forEach(value -> call(op, "query " + parameter.name() + "="
                        + abbreviate(value), valid, pathWith(op, null, null), "?" + parameter.name() + "=" + value, jsonType(op),
                        plausibleBody(op)));
            }
        }
        for (String accept : List.of("text/html", "application/xml", "image/png;q=0.5, text/plain")) {
            call(op, "accept " + accept, valid, Map.of("Accept", accept), pathWith(op, null, null), "", jsonType(op),
                    plausibleBody(op));
        }
        call(op, "undecodable unknown query parameter", valid, pathWith(op, null, null), "?%ff=%C0%AF", jsonType(op),
                plausibleBody(op));
        call(op, "undecodable form body", valid, pathWith(op, null, null), "", "application/x-www-form-urlencoded",
                "q=%ff&x=%00&y=%C0%AF");
        if (!op.readsJson()) {
            call(op, "unexpected body", valid, pathWith(op, null, null), "", "application/json", "{\"a\":\"\\u0000\"}");
            return;
        }
        for (String property : op.bodyProperties().keySet()) {
            sample(FuzzValues.JSON_VALUES, SAMPLES_PER_FIELD).forEach(value -> call(op, "body " + property + "="
                    + abbreviate(value), valid, pathWith(op, null, null), "", "application/json", body(op, property, value)));
        }
        FuzzValues.BODIES.forEach(body -> call(op, "body " + abbreviate(body), valid, pathWith(op, null, null), "",
                "application/json", body));
        FuzzValues.CONTENT_TYPES.forEach(type -> call(op, "content type " + type, valid, pathWith(op, null, null), "", type,
                body(op, null, null)));
    }

    private void call(OpenApiOperations.Operation op, String variant, String token, String path, String query,
                      String contentType, String body) {
        call(op, variant, token, Map.of(), path, query, contentType, body);
    }

    private void call(OpenApiOperations.Operation op, String variant, String token, Map<String, String> extraHeaders, String path,
                      String query, String contentType, String body) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (contentType != null && body != null) {
            headers.put("Content-Type", contentType);
        }
        boolean write = !op.method().equals("GET");
        String before = write ? fingerprint() : null;
        ApiClient.Response response = api.send(op.method(), path + query, headers, body);
        requests++;
        String where = op.name() + " [" + variant + "]: ";
        if (response.status() >= 500) {
            failures.add(where + response.status() + " " + abbreviate(response.body()));
        } else if (response.status() >= 400) {
            String problem = problemViolation(response);
            if (problem != null) {
                failures.add(where + response.status() + " " + problem);
            }
            if (write && !before.equals(fingerprint())) {
                failures.add(where + response.status() + " refused, but the stored data changed");
            }
        }
    }

    /** Why the response is not an RFC 9457 problem, or null if it is one. */
    private static String problemViolation(ApiClient.Response response) {
        if (!"application/problem+json".equals(response.header("Content-Type"))) {
            return "Content-Type " + response.header("Content-Type") + ": " + abbreviate(response.body());
        }
        JsonNode problem;
        try {
            problem = response.json();
        } catch (RuntimeException e) {
            return "body is not JSON: " + abbreviate(response.body());
        }
        for (String member : List.of("type", "title", "status", "detail")) {
            if (!problem.hasNonNull(member)) {
                return "no " + member + ": " + abbreviate(response.body());
            }
        }
        return problem.get("status").asInt() == response.status() ? null : "status member " + problem.get("status");
    }

    /** Row count and an order-independent sum of row hashes per table: cheap enough to take around every write. */
    private String fingerprint() {
        StringBuilder sql = new StringBuilder("SELECT concat_ws('#'");
        TABLES.forEach(t -> sql.append(", (SELECT count(*) || ':' || coalesce(sum(hashtext(x::text)::bigint), 0) FROM ")
                .append(t).append(" x)"));
        return jdbc.sql(sql.append(")").toString()).query(String.class).single();
    }

    private Map<String, String> authorizations(MeetingApi.Person me) {
        Map<String, String> byKind = new LinkedHashMap<>();
        byKind.put("absent", null);
        String valid = me.token();
        char last = valid.charAt(valid.length() - 1);
        byKind.put("forged signature", valid.substring(0, valid.length() - 1) + (last == 'A' ? 'B' : 'A'));
        byKind.put("alg none", "eyJhbGciOiJub25lIn0." + valid.split("\\.")[1] + ".");
        byKind.put("garbage", "not.a.jwt");
        clock.advance(Duration.ofHours(-1));
        try {
            byKind.put("expired", tokens.issue(me.id(), me.username()).token());
        } finally {
            clock.reset();
        }
        byKind.put("account gone", tokens.issue(Long.MAX_VALUE, "ghost").token());
        byKind.put("valid", valid);
        return byKind;
    }

    /** The path with plausible parameters (this caller's meeting id), except {@code name} which gets {@code value}. */
    private String pathWith(OpenApiOperations.Operation op, String name, String value) {
        String path = op.path();
        for (OpenApiOperations.Parameter p : op.parameters()) {
            if (p.in().equals("path")) {
                path = path.replace("{" + p.name() + "}", p.name().equals(name) ? value : Long.toString(meetingId));
            }
        }
        return path;
    }

    private String jsonType(OpenApiOperations.Operation op) {
        return op.readsJson() ? "application/json" : null;
    }

    private String plausibleBody(OpenApiOperations.Operation op) {
        return op.readsJson() ? body(op, null, null) : null;
    }

    /** A plausible JSON body for the operation, with {@code property} (if any) set to the raw JSON {@code value}. */
    private String body(OpenApiOperations.Operation op, String property, String value) {
        List<String> members = new ArrayList<>();
        op.bodyProperties().forEach((name, type) -> members.add("\"" + name + "\":"
                + (name.equals(property) ? value : plausible(type))));
        return "{" + String.join(",", members) + "}";
    }

    private String plausible(String type) {
        return switch (type) {
            case "date-time" -> "\"2031-06-0" + (1 + random.nextInt(2)) + "T10:00:00Z\"";
            case "password" -> "\"a long enough secret\"";
            case "email" -> "\"fuzz@example.org\"";
            case "int32", "int64", "integer", "number" -> Long.toString(meetingId);
            case "boolean" -> "true";
            case "array" -> "[\"fuzz\"]";
            case "object" -> "{}";
            default -> "\"fuzz\"";
        };
    }

    private List<String> sample(List<String> values, int count) {
        List<String> shuffled = new ArrayList<>(values);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    private static String abbreviate(String text) {
        return text == null ? "null" : text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
