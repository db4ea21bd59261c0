// The meetings and conferences REST calls the meeting views use. UI-free (no DOM): thin wrappers over the shared client,
// so tokens, refresh and problem+json errors (ApiError) work exactly as for the account calls.

import { api } from '../../protocol/api.js';
import { t } from '../strings.js';

export const meetingsApi = {
  /** GET /meetings: {items, page, size, total}; params {scope, from, to, invitation, include_cancelled, size}. */
  list(params = {}) {
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null));
    return api.request('GET', `/meetings?${query}`);
  },
  get: (id) => api.request('GET', `/meetings/${encodeURIComponent(id)}`),
  create: (body) => api.request('POST', '/meetings/create', { body }),
  patch: (id, body) => api.request('PATCH', `/meetings/${encodeURIComponent(id)}`, { body }),
  cancel: (id) => api.request('DELETE', `/meetings/${encodeURIComponent(id)}`),
  respond: (id, status) => api.request('POST', `/meetings/${encodeURIComponent(id)}/response`, { body: { status } }),
  conferences: (id) => api.request('GET', `/meetings/${encodeURIComponent(id)}/conferences`),
  searchUsers: (q) => api.request('GET', `/users/search?q=${encodeURIComponent(q)}`),
  start: (meetingId) => api.request('POST', '/conferences/start',
    { body: { meeting_id: Number(meetingId), screen_sharing_enabled: true, video_recording_enabled: false } }),
  stop: (meetingId) => api.request('POST', '/conferences/stop', { body: { meeting_id: Number(meetingId) } }),
  setLocked: (conferenceRowId, locked) => api.request('PATCH', `/conferences/${encodeURIComponent(conferenceRowId)}`,
    { body: { locked } }),
  cancelOccurrence: (id, occurrenceStart) => api.request('DELETE',
    `/meetings/${encodeURIComponent(id)}?occurrence=${encodeURIComponent(occurrenceStart)}`),
  occurrences: (id, params) => meetingsApi.list(params).then((page) => page.items.filter((m) => m.id === Number(id))),
  createFeed: () => api.request('POST', '/meetings/calendar-feed'),
  revokeFeed: () => api.request('DELETE', '/meetings/calendar-feed'),

  /**
   * POST /meetings/join → {status: ready|lobby|waiting, conference_id, join_token, ...}. Sent without a Bearer token
   * when nobody is signed in: the server then treats the caller as a guest.
   */
  join(meetingId, { passcode, displayName } = {}) {
    const body = { meeting_id: Number(meetingId) };
    if (passcode) body.passcode = passcode;
    if (!api.user) body.display_name = displayName;
    return api.request('POST', '/meetings/join', { body, auth: Boolean(api.user) });
  },

  /**
   * GET /meetings/{id}/entry: does the link lead anywhere, and will a passcode be needed? Asked before the page asks for a
   * passcode or a name (a 404 ApiError when there is no such meeting for this caller).
   */
  entry: (id) => api.request('GET', `/meetings/${encodeURIComponent(id)}/entry`, { auth: Boolean(api.user) }),

  /** The .ics file of a meeting, as text (it needs the Bearer token, so it cannot be a plain link). */
  ics: (id) => authorizedText(`/meetings/${encodeURIComponent(id)}.ics`, 'text/calendar'),

  /** The meeting's chat as Markdown (GET /meetings/{id}/chat with Accept: text/markdown). */
  chatMarkdown: (id) => authorizedText(`/meetings/${encodeURIComponent(id)}/chat`, 'text/markdown'),
};

/** A text download that needs the Bearer token (so it cannot be a plain link); refreshes the token first when due. */
async function authorizedText(path, accept) {
  if (api.user && api.session && Date.now() >= api.session.expiresAt - 10_000) await api.refresh();
  const response = await fetch(path, { headers: { Accept: accept, Authorization: `Bearer ${api.session?.accessToken}` } });
  if (!response.ok) throw new Error(t('pages.download.failed', { status: response.status }));
  return response.text();
}
