package dev.parley.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.parley.server.ParleyServerTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * static/protocol/api.js in Chromium, with a scripted fetch: the token rules that are hard to provoke through the real
 * server (expiry, a 401 mid-session, concurrent refreshes, malformed error bodies). Each script returns plain JSON.
 */
@ParleyServerTest
class ApiClientBrowserTest {

    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture();

    /**
     * Defines {@code window.scripted(answers)}: a fetch that answers each "METHOD path" from a queue of
     * [status, body, headers] and records "METHOD path auth" per call in {@code calls}.
     */
    private static final String FAKE_FETCH = """
            () => {
              window.scripted = (answers) => {
                const calls = [];
                const fetch = async (url, init) => {
                  const key = `${init.method} ${url}`;
                  calls.push(`${key} ${init.headers.Authorization || '-'}`);
                  const queue = answers[key];
                  if (!queue || queue.length === 0) throw new TypeError('Failed to fetch');
                  const [status, body, headers = {}] = queue.shift();
                  const type = status >= 400 ? 'application/problem+json' : 'application/json';
                  return new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } });
                };
                return { calls, fetch };
              };
              window.tokens = (access, expiresIn = 900) =>
                  ({ access_token: access, token_type: 'Bearer', expires_in: expiresIn, refresh_token: 'r', user: { id: 1, username: 'ada', email: 'a@b.c' } });
            }
            """;

    private Page page;

    @BeforeEach
    void openClientModule() {
        page = browser.newUserPage();
        page.navigate("/404");
        page.evaluate(FAKE_FETCH);
    }

    @Test
    void problemJsonBecomesAnApiErrorWithDetailFieldsAndRetryAfter() {
        Object error = run("""
                const { ApiClient, ApiError } = await import('/protocol/api.js');
                const { fetch } = scripted({ 'POST /users/login': [[429,
                    { type: 'about:blank', title: 'Too Many Requests', status: 429, detail: 'Slow down.',
                      errors: [{ field: 'username', message: 'is locked' }, { field: 'username', message: 'second' }] },
                    { 'Retry-After': '30' }]] });
                try { await new ApiClient({ fetch }).login({ username: 'ada', password: 'x' }); return 'no error'; }
                catch (e) { return [e instanceof ApiError, e.status, e.detail, e.fieldErrors, e.retryAfterSeconds]; }
                """);

        assertThat(error).isEqualTo(List.of(true, 429, "Slow down.", Map.of("username", "is locked"), 30));
    }

    @Test
    void anErrorWithoutJsonBodyStillHasASentenceAndANetworkFailureIsStatusZero() {
        Object errors = run("""
                const { ApiClient } = await import('/protocol/api.js');
                const { fetch } = scripted({ 'GET /users/me': [[502, null]] });
                const client = new ApiClient({ fetch });
                const serverDown = await client.request('GET', '/users/me', { auth: false }).catch((e) => [e.status, e.detail]);
                const offline = await client.request('GET', '/users/me', { auth: false }).catch((e) => [e.status, e.detail]);
                return [serverDown, offline];
                """);

        assertThat(errors).isEqualTo(List.of(
                List.of(502, "Something went wrong on the server. Please try again."),
                List.of(0, "Parley could not be reached. Check your connection and try again.")));
    }

    @Test
    void a401MidSessionRefreshesOnceAndRetriesWithTheNewToken() {
        Object calls = run("""
                const { ApiClient } = await import('/protocol/api.js');
                const { fetch, calls } = scripted({
                  'POST /users/login': [[200, tokens('A1')]],
                  'GET /users/me': [[401, { status: 401, detail: 'expired' }], [200, { id: 1 }], [401, { status: 401 }], [401, { status: 401 }]],
                  'POST /users/refresh': [[200, tokens('A2')], [200, tokens('A3')]],
                });
                const client = new ApiClient({ fetch });
                await client.login({ username: 'ada', password: 'x' });
                const me = await client.me();
                const second = await client.me().catch((e) => e.status);
                return [me.id, second, ...calls];
                """);

        assertThat(calls).isEqualTo(List.of(1, 401,
                "POST /users/login -",
                "GET /users/me Bearer A1", "POST /users/refresh -", "GET /users/me Bearer A2",
                // A second 401 after a fresh token is an answer, not a reason to loop: one refresh, one retry.
                "GET /users/me Bearer A2", "POST /users/refresh -", "GET /users/me Bearer A3"));
    }

    @Test
    void anExpiredTokenIsRefreshedBeforeSendingAndConcurrentCallersShareOneRefresh() {
        Object calls = run("""
                const { ApiClient } = await import('/protocol/api.js');
                let now = 1_000_000;
                const { fetch, calls } = scripted({
                  'POST /users/login': [[200, tokens('A1', 60)]],
                  'POST /users/refresh': [[200, tokens('A2', 60)]],
                  'GET /users/me': [[200, {}], [200, {}], [200, {}]],
                });
                const client = new ApiClient({ fetch, now: () => now });
                await client.login({ username: 'ada', password: 'x' });
                await client.me();
                now += 55_000; // 5 s before expiry: inside the 10 s margin
                await Promise.all([client.me(), client.me()]);
                return calls;
                """);

        assertThat(calls).isEqualTo(List.of("POST /users/login -", "GET /users/me Bearer A1",
                "POST /users/refresh -", "GET /users/me Bearer A2", "GET /users/me Bearer A2"));
    }

    @Test
    void aRefusedRefreshEndsTheSessionAndTellsListeners() {
        Object result = run("""
                const { ApiClient } = await import('/protocol/api.js');
                const { fetch } = scripted({
                  'POST /users/login': [[200, tokens('A1')]],
                  'GET /users/me': [[401, { status: 401 }]],
                  'POST /users/refresh': [[401, { status: 401, detail: 'revoked' }], [401, { status: 401 }]],
                });
                const client = new ApiClient({ fetch });
                const seen = [];
                client.onSessionChange((user) => seen.push(user ? user.username : null));
                await client.login({ username: 'ada', password: 'x' });
                const status = await client.me().catch((e) => e.status);
                const restored = await client.restoreSession();
                return [status, client.user, restored, seen];
                """);

        assertThat(result).isEqualTo(Arrays.asList(401, null, null, Arrays.asList("ada", null)));
    }

    /** Runs the body inside an async function in the page and returns its (JSON-able) result. */
    private Object run(String body) {
        return page.evaluate("async () => {\n" + body + "\n}");
    }
}
