// The signaling WebSocket client (docs/protocol.md). UI-free: no DOM, so it runs in tests and workers too.
//  - authenticates with {type:"hello", token} as the first message (tokens never go into URLs, where proxies log them);
//  - correlates requests and replies by `id`, and rejects a request with a SignalingError when the server answers `error`;
//  - hands every other server message to listeners registered with on(type, fn);
//  - reconnects with exponential backoff after an unexpected close. A reconnect is a new signaling session; the server keeps
//    a resumable participant's seat for a grace period, so the peer session resumes it on 'reconnected' (or joins afresh).

import { t } from '../ui/strings.js';

/** First retry delay; doubles per failed attempt up to MAX_BACKOFF_MS, with ±20 % jitter so clients do not retry in step. */
const INITIAL_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 10_000;
/** Heartbeat period; the server closes sockets silent for 60 s. */
const PING_INTERVAL_MS = 15_000;
/** A request without a reply after this long is rejected (the server answers in milliseconds). */
const REQUEST_TIMEOUT_MS = 15_000;
/** Close code the server uses for a refused hello (RFC 6455 §7.4.1 policy violation). */
const POLICY_VIOLATION = 1008;
/** "Service Restart" (RFC 6455 registry): the server is shutting down and will be back; reconnect, do not report an error. */
const SERVICE_RESTART = 1012;
/** Our seat was resumed by another socket (this tab duplicated, or an older socket of a reloaded page): do not take it back. */
const RESUMED_ELSEWHERE = 4409;

/** A refusal from the server ({type:"error", code, message}) or a local failure (code "timeout", "closed"). */
export class SignalingError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'SignalingError';
    this.code = code;
  }
}

export class SignalingClient {
  /**
   * @param {object} options
   * @param {string} options.url ws(s)://host/ws
   * @param {() => Promise<string>} options.getToken a fresh access token for each hello.
   * @param {typeof WebSocket} [options.WebSocket] injectable for tests.
   * @param {{setTimeout, clearTimeout, setInterval, clearInterval}} [options.timers] injectable for tests.
   */
  constructor({ url, getToken, WebSocket: WebSocketImpl = globalThis.WebSocket, timers = globalThis }) {
    this.url = url;
    this.getToken = getToken;
    this.WebSocket = WebSocketImpl;
    this.timers = timers;
    this.socket = null;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Map();
    this.attempt = 0;
    this.closedByUs = false;
    this.everConnected = false;
    this.pingTimer = null;
    this.retryTimer = null;
    /** 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed' */
    this.state = 'idle';
  }

  /** Calls fn(message) for server messages of this type (or '*' for all); also 'open', 'reconnecting', 'reconnected', 'closed'. */
  on(type, fn) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type).add(fn);
    return () => this.listeners.get(type).delete(fn);
  }

  /** Opens the socket and says hello; resolves with the welcome message, rejects when the first attempt fails. */
  connect() {
    this.closedByUs = false;
    return this.open();
  }

  /** Sends a request and resolves with the reply (whatever its type); rejects with SignalingError on an error reply. */
  request(type, fields = {}) {
    const id = String(this.nextId++);
    return new Promise((resolve, reject) => {
      // Only the hello may go out before the welcome; everything else waits for an authenticated socket.
      const open = this.socket && this.socket.readyState === 1;
      if (!open || (this.state !== 'open' && type !== 'hello')) {
        reject(new SignalingError('closed', t('proto.signaling.notConnected')));
        return;
      }
      const timer = this.timers.setTimeout(() => {
        this.pending.delete(id);
        reject(new SignalingError('timeout', `The server did not answer ${type} in time.`));
      }, REQUEST_TIMEOUT_MS);
      this.pending.set(id, { type, resolve, reject, timer });
      this.socket.send(JSON.stringify({ type, id, ...fields }));
    });
  }

  /** Closes for good: no reconnect. */
  close() {
    this.closedByUs = true;
    this.timers.clearTimeout(this.retryTimer);
    this.stopPing();
    if (this.socket) this.socket.close(1000, 'bye');
    this.setState('closed');
  }

  async open() {
    this.setState(this.everConnected ? 'reconnecting' : 'connecting');
    const token = await this.getToken();
    this.helloRefusal = null;
    const socket = new this.WebSocket(this.url);
    this.socket = socket;
    return new Promise((resolve, reject) => {
      let welcomed = false;
      socket.onopen = async () => {
        try {
          const welcome = await this.request('hello', { token });
          welcomed = true;
          const reconnected = this.everConnected;
          this.everConnected = true;
          this.attempt = 0;
          this.setState('open');
          this.startPing();
          this.emit(reconnected ? 'reconnected' : 'open', welcome);
          resolve(welcome);
        } catch (error) {
          reject(error);
        }
      };
      socket.onmessage = (event) => this.dispatch(event.data);
      socket.onclose = (event) => {
        if (socket !== this.socket) return;
        this.stopPing();
        this.failPending(new SignalingError('closed', t('proto.signaling.lost')));
        if (!welcomed) {
          reject(this.helloRefusal || new SignalingError(event.code === POLICY_VIOLATION ? 'unauthenticated' : 'closed',
            event.reason || t('proto.signaling.cannotConnect')));
        }
        if (this.closedByUs) return;
        // A refused hello before any success will be refused again: give up instead of looping.
        if ((event.code === POLICY_VIOLATION && !this.everConnected) || event.code === RESUMED_ELSEWHERE) {
          this.setState('closed');
          this.emit('closed', { code: event.code, reason: event.reason });
          return;
        }
        this.scheduleReconnect(event.code === SERVICE_RESTART);
      };
    });
  }

  /** @param {boolean} restarting the server closed with 1012: it is restarting, not failing. */
  scheduleReconnect(restarting = false) {
    this.setState('reconnecting');
    this.emit('reconnecting', { attempt: this.attempt + 1, restarting });
    const base = Math.min(MAX_BACKOFF_MS, INITIAL_BACKOFF_MS * 2 ** this.attempt);
    const delay = base * (0.8 + Math.random() * 0.4);
    this.attempt++;
    this.retryTimer = this.timers.setTimeout(() => {
      if (this.closedByUs) return;
      this.open().catch(() => {
        // onclose of that socket schedules the next attempt.
      });
    }, delay);
  }

  dispatch(text) {
    let message;
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    const waiting = message.id !== undefined ? this.pending.get(message.id) : undefined;
    if (waiting) {
      this.pending.delete(message.id);
      this.timers.clearTimeout(waiting.timer);
      if (message.type === 'error') {
        const error = new SignalingError(message.code, message.message);
        // The server closes right after refusing a hello: the close must report this refusal, not a generic one.
        if (waiting.type === 'hello') this.helloRefusal = error;
        waiting.reject(error);
      } else {
        waiting.resolve(message);
      }
      return;
    }
    this.emit(message.type, message);
    this.emit('*', message);
  }

  emit(type, message) {
    for (const fn of this.listeners.get(type) || []) {
      try {
        fn(message);
      } catch (error) {
        console.error(`signaling listener for ${type} failed`, error);
      }
    }
  }

  failPending(error) {
    for (const { reject, timer } of this.pending.values()) {
      this.timers.clearTimeout(timer);
      reject(error);
    }
    this.pending.clear();
  }

  startPing() {
    this.stopPing();
    this.pingTimer = this.timers.setInterval(() => {
      this.request('ping').catch(() => {});
    }, PING_INTERVAL_MS);
  }

  stopPing() {
    if (this.pingTimer) this.timers.clearInterval(this.pingTimer);
    this.pingTimer = null;
  }

  setState(state) {
    this.state = state;
    this.emit('state', { state });
  }
}

/** ws://host/ws or wss://host/ws for the page's own origin. */
export function signalingUrl(location) {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/ws`;
}
