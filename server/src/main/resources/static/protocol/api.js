// The REST client: JSON in and out, problem+json → ApiError, and the session's tokens.
// UI-free (no DOM). See docs/decisions/0005-web-client-structure.md for why tokens live where they do:
//  - the access token (short-lived JWT) is kept IN MEMORY only: never in localStorage/sessionStorage,
//    so an injected script cannot read a token that outlives the page;
//  - the refresh token is an HttpOnly, SameSite=Strict cookie (`parley_refresh`, Path=/users) that
//    script cannot read at all; POST /users/refresh turns it into a new access token on page load
//    and whenever the access token has expired.

import { ApiError } from './api-error.js';

export { ApiError } from './api-error.js';

/** Refresh this long before the server's expiry, so a request never leaves with a token about to lapse (ms). */
const EXPIRY_MARGIN_MS = 10_000;

/** Web Lock name shared by every tab of this origin (https://w3c.github.io/web-locks/). */
const REFRESH_LOCK = 'parley-refresh';

export class ApiClient {
  /**
   * @param {object} options
   * @param {string} [options.baseUrl] prefix for every path; '' means same origin.
   * @param {typeof fetch} [options.fetch] injectable for tests.
   * @param {() => number} [options.now] clock in epoch milliseconds, injectable for tests.
   */
  constructor({ baseUrl = '', fetch: fetchImpl = globalThis.fetch.bind(globalThis), now = () => Date.now() } = {}) {
    this.baseUrl = baseUrl;
    this.fetch = fetchImpl;
    this.now = now;
    /** @type {{accessToken: string, expiresAt: number, user: {id, username, email, display_name}} | null} */
    this.session = null;
    /** The one refresh in flight, shared by every caller (a refresh rotates the cookie: never run two). */
    this.refreshing = null;
    this.listeners = new Set();
  }

  /** The signed-in user {id, username, email, display_name}, or null. */
  get user() {
    return this.session ? this.session.user : null;
  }

  /** Calls listener(user|null) whenever the session starts or ends; returns an unsubscribe function. */
  onSessionChange(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** POST /users/register → {id, username}. Does not sign in. display_name is optional (the name others see). */
  register({ username, password, email, display_name: displayName }) {
    const body = { username, password, email };
    if (displayName) body.display_name = displayName;
    return this.request('POST', '/users/register', { body, auth: false });
  }

  /** PATCH /users/me {display_name} → the account; the session's user takes the new name at once. */
  async updateProfile({ displayName }) {
    const me = await this.request('PATCH', '/users/me', { body: { display_name: displayName } });
    if (this.session) {
      this.session.user = { ...this.session.user, display_name: me.display_name };
      this.notify();
    }
    return me;
  }

  /** POST /users/login → the user; the server also sets the refresh cookie. */
  async login({ username, password }) {
    const tokens = await this.request('POST', '/users/login', { body: { username, password }, auth: false });
    this.startSession(tokens);
    return this.user;
  }

  /**
   * Restores the session from the refresh cookie (call once on page load).
   * Resolves to the user, or null when there is no valid cookie; rejects only on network/server failure.
   */
  async restoreSession() {
    // Without the server's readable parley_session hint there is no refresh cookie either: asking would only log a 401
    // in the console on every signed-out page load (issue 13, 12).
    if (!this.sessionHint()) return null;
    try {
      return await this.refresh();
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
        this.clearSessionHint();
        return null;
      }
      throw error;
    }
  }

  /** Whether the parley_session cookie (set beside the refresh cookie, for as long) says a session may exist. */
  sessionHint() {
    const cookies = globalThis.document?.cookie;
    return cookies === undefined || /(?:^|;\s*)parley_session=1(?:;|$)/.test(cookies);
  }

  /** The refresh cookie is gone (refused): drop the hint too, so the next page load does not ask again. */
  clearSessionHint() {
    if (globalThis.document) document.cookie = 'parley_session=; Max-Age=0; Path=/; SameSite=Strict';
  }

  /** POST /users/logout: revokes the refresh token server-side; the local session ends even if the call fails. */
  async logout() {
    try {
      await this.request('POST', '/users/logout', { body: {}, auth: false });
    } finally {
      this.endSession();
    }
  }

  /** GET /users/me → {id, username, email, created_at}. */
  me() {
    return this.request('GET', '/users/me');
  }

  /**
   * One JSON request. With auth (the default) it sends the Bearer token, refreshing first when the token
   * has expired, and retries once after a 401 with a freshly refreshed token.
   * @returns the parsed JSON body, or null for 204 / empty bodies.
   * @throws {ApiError} for every non-2xx answer and for network failures.
   */
  async request(method, path, { body, auth = true } = {}) {
    if (auth && this.session && this.now() >= this.session.expiresAt - EXPIRY_MARGIN_MS) {
      await this.refreshOrSignOut();
    }
    let response = await this.send(method, path, body, auth);
    if (response.status === 401 && auth && this.session) {
      await this.refreshOrSignOut();
      response = await this.send(method, path, body, auth);
    }
    if (!response.ok) throw await ApiError.fromResponse(response);
    return readJson(response);
  }

  async send(method, path, body, auth) {
    const headers = { Accept: 'application/json, application/problem+json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (auth && this.session) headers.Authorization = `Bearer ${this.session.accessToken}`;
    try {
      return await this.fetch(this.baseUrl + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch (cause) {
      throw ApiError.network(cause);
    }
  }

  /**
   * POST /users/refresh, de-duplicated: concurrent callers share one request. Across tabs, a Web Lock serializes
   * refreshes: the server rotates the cookie and treats a second use of the old one as token theft (it revokes the
   * whole session), so a tab must wait until the other tab's rotated cookie is in the jar before sending its own.
   */
  refresh() {
    if (!this.refreshing) {
      const call = () => this.request('POST', '/users/refresh', { body: {}, auth: false });
      const locks = globalThis.navigator?.locks;
      this.refreshing = (locks ? locks.request(REFRESH_LOCK, call) : call())
        .then((tokens) => {
          this.startSession(tokens);
          return this.user;
        })
        .finally(() => {
          this.refreshing = null;
        });
    }
    return this.refreshing;
  }

  /** A refresh the server refuses means the session is over (revoked or expired): drop it and rethrow. */
  async refreshOrSignOut() {
    try {
      await this.refresh();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        this.endSession();
        this.clearSessionHint();
      }
      throw error;
    }
  }

  startSession(tokens) {
    const wasUser = this.user;
    this.session = {
      accessToken: tokens.access_token,
      // expires_in is in seconds (RFC 6749 §5.1).
      expiresAt: this.now() + Number(tokens.expires_in || 0) * 1000,
      user: tokens.user,
    };
    if (!wasUser || wasUser.id !== tokens.user.id) this.notify();
  }

  endSession() {
    if (!this.session) return;
    this.session = null;
    this.notify();
  }

  notify() {
    for (const listener of this.listeners) listener(this.user);
  }
}

async function readJson(response) {
  if (response.status === 204) return null;
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** The page's one client, same origin. */
export const api = new ApiClient();
