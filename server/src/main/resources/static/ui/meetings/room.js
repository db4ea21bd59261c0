// The call of a meeting: the conference view (ui/conference) joined with the meeting's join token, plus what meetings add:
// the meeting's title, "End meeting for all" and the lobby panel for the host, and the "meeting ended" hand-over.

import { api } from '../../protocol/api.js';
import { ConferenceView } from '../conference/conference-view.js';
import { h } from '../dom.js';
import { lobbyPanel } from './lobby-panel.js';
import { meetingsApi } from './meetings-api.js';

/**
 * @param {object} options
 * @param {object} options.ticket the ready answer of POST /meetings/join.
 * @param {{username: string}} options.user who is joining (a guest: their display name).
 * @param {() => Promise<object>} options.refreshTicket a new ticket (for a rejoin after the token expired).
 * @param {(reason: string) => void} options.onEnded the host ended the meeting.
 */
export function enterRoom({ ticket, user, navigate, refreshTicket, onEnded }) {
  let current = ticket;
  let usedAt = Date.now();
  /** The join token for the next join: the ticket's own the first time, then a fresh one when it has lapsed. */
  const joinToken = async () => {
    if (Date.now() - usedAt > (current.expires_in - 10) * 1000) {
      const fresh = await refreshTicket();
      if (fresh.status === 'ready') current = fresh;
      usedAt = Date.now();
    }
    return current.join_token;
  };
  const view = new ConferenceView(ticket.conference_id, user, navigate, {
    joinFields: async () => ({ join_token: await joinToken() }),
    // Accounts say hello with their access token; a guest has only the join token.
    getToken: api.user ? undefined : joinToken,
    // The green room shows the meeting's title and the name the others will see (the server's, from the ticket).
    title: ticket.title,
    displayName: ticket.display_name,
  });
  view.el.querySelector('.conf-title').textContent = ticket.title;
  const bar = h('div', { class: 'mt-room-bar' }, h('span', { class: 'mt-room-title' }, ticket.title));
  const root = h('div', { class: 'mt-room', dataset: { role: ticket.role } }, view.el, bar);

  let ended = false;
  view.signaling.on('conference_ended', (message) => {
    if (ended) return;
    ended = true;
    view.session?.leave();
    onEnded(message.reason);
  });
  view.signaling.on('conference_settings', (message) => {
    bar.querySelector('.mt-room-note')?.remove();
    const notes = [message.locked ? 'Meeting locked' : null, message.screen_sharing_enabled ? null : 'Screen sharing off',
      message.video_recording_enabled ? 'Recording' : null].filter(Boolean);
    if (notes.length) bar.append(h('span', { class: 'mt-room-note', role: 'status' }, notes.join(' · ')));
  });

  if (ticket.role === 'host') {
    const panel = lobbyPanel({ signaling: view.signaling, conferenceId: ticket.conference_id });
    const end = h('button', { type: 'button', class: 'btn mt-end-button', id: 'end-meeting' }, 'End meeting for all');
    end.addEventListener('click', async () => {
      end.disabled = true;
      try {
        await meetingsApi.stop(ticket.meeting_id);
      } catch (error) {
        end.disabled = false;
        end.title = error.detail || 'Could not end the meeting.';
      }
    });
    bar.append(lockButton(ticket.conference_id), end);
    root.append(panel.el);
  }
  return root;
}

/** "Lock" / "Unlock": a locked meeting admits nobody new (PATCH /conferences/{id}); everyone is told through signaling. */
function lockButton(conferenceId) {
  let locked = false;
  const el = h('button', { type: 'button', class: 'btn mt-room-button', 'aria-pressed': 'false' }, 'Lock meeting');
  el.addEventListener('click', async () => {
    el.disabled = true;
    try {
      const conference = await meetingsApi.setLocked(conferenceId.replace(/^c-/, ''), !locked);
      locked = conference.locked;
      el.textContent = locked ? 'Unlock meeting' : 'Lock meeting';
      el.setAttribute('aria-pressed', String(locked));
    } catch (error) {
      el.title = error.detail || 'Could not change the lock.';
    } finally {
      el.disabled = false;
    }
  });
  return el;
}
