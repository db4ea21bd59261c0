// ApiError: one failed REST call, read from the server's problem+json body (RFC 9457).
// UI-free: views show `detail` in an alert and `fieldErrors` next to the form fields.

import { t } from '../ui/strings.js';

/** Sentence shown when the server cannot be reached at all (no HTTP status). */
const NETWORK_DETAIL = 'proto.api.network';

export class ApiError extends Error {
  /**
   * @param {number} status HTTP status, or 0 when no response arrived (network failure).
   * @param {object} problem the parsed problem+json body (or an empty object).
   * @param {number|null} retryAfterSeconds from the Retry-After header of a 429 (RFC 9110 §10.2.3).
   */
  constructor(status, problem = {}, retryAfterSeconds = null) {
    super(problem.detail || problem.title || t('proto.api.failed', { status }));
    this.name = 'ApiError';
    this.status = status;
    this.type = problem.type || 'about:blank';
    this.title = problem.title || '';
    /** A human sentence, always present: the server's detail, else a fallback per status. */
    this.detail = problem.detail || fallbackDetail(status, problem.title);
    /** Field name → message, from `errors: [{field, message}]`; the first message per field wins. */
    this.fieldErrors = {};
    for (const e of Array.isArray(problem.errors) ? problem.errors : []) {
      if (e && typeof e.field === 'string' && !(e.field in this.fieldErrors)) {
        this.fieldErrors[e.field] = String(e.message ?? t('proto.api.invalidValue'));
      }
    }
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** True when the server named at least one offending field. */
  hasFieldErrors() {
    return Object.keys(this.fieldErrors).length > 0;
  }

  /** A failure with no HTTP response, e.g. the server is down or the network is gone. */
  static network(cause) {
    const error = new ApiError(0, { title: t('proto.api.networkTitle'), detail: t(NETWORK_DETAIL) });
    error.cause = cause;
    return error;
  }

  /** Builds the error from a non-2xx fetch Response; never throws, whatever the body holds. */
  static async fromResponse(response) {
    let problem = {};
    try {
      const type = response.headers.get('Content-Type') || '';
      if (type.includes('json')) {
        const body = await response.json();
        if (body && typeof body === 'object') problem = body;
      }
    } catch {
      // A non-JSON or truncated body: keep the status-based fallback sentence.
    }
    return new ApiError(response.status, problem, parseRetryAfter(response.headers.get('Retry-After')));
  }
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3); returns whole seconds or null. */
export function parseRetryAfter(value, now = Date.now()) {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

function fallbackDetail(status, title) {
  if (status === 0) return t(NETWORK_DETAIL);
  if (status === 429) return t('proto.api.tooMany');
  if (status >= 500) return t('proto.api.server');
  return title || t('proto.api.requestFailed', { status });
}
