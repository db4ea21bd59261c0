// The call of a meeting: the conference view (ui/conference) joined with the meeting's join token, plus what meetings add:
// the meeting's title (never the internal conference id), "Meeting info", for the host "End meeting for all", the lock, the
// lobby panel and the chat export, and the "meeting ended" hand-over.

import { api } from '../../protocol/api.js';
import { ConferenceView } from '../conference/conference-view.js';
import { showMeetingInfo } from '../conference/meeting-info.js';
import { h } from '../dom.js';
import { t } from '../strings.js';
import { saveText } from './download.js';
import { lobbyPanel } from './lobby-panel.js';
import { meetingsApi } from './meetings-api.js';

/**
 * @param {object} options
 * @param {object} options.ticket the ready answer of POST /meetings/join.
 * @param {{username: string}} options.user who is joining (a guest: their display name).
 * @param {() => Promise<object>} options.refreshTicket a new ticket (for a rejoin after the token expired).
 * @param {(reason: string) => void} options.onEnded the meeting ended (by this host, or by the host for everyone).
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
  const host = ticket.role === 'host';
  const view = new ConferenceView(ticket.conference_id, shownUser(user, ticket), navigate, {
    joinFields: async () => ({ join_token: await joinToken() }),
    // Accounts say hello with their access token; a guest has only the join token.
    getToken: api.user ? undefined : joinToken,
    // "Rejoin" after leaving goes through the join page again: a fresh ticket, never the bare /c/<id> of the call.
    rejoinHref: `/m/${ticket.meeting_id}/join`,
    chatActions: host ? [chatExportButton(ticket)] : [],
    // The green room shows the meeting's title and the name the others will see (the server's, from the ticket).
    title: ticket.title,
    displayName: ticket.display_name,
  });
  // The call screen knows only the conference id ("c-12"); people know the meeting by its title.
  for (const selector of ['.conf-title', '.conf-bar-id', '.conf-lobby-id']) {
    const el = view.el.querySelector(selector);
    if (el) el.textContent = ticket.title;
  }
  const info = h('button', { type: 'button', class: 'btn mt-room-button', id: 'meeting-info' }, t('pages.info.open'));
  info.addEventListener('click', () => openInfo(ticket, host));
  const bar = h('div', { class: 'mt-room-bar' }, h('span', { class: 'mt-room-title' }, ticket.title), info);
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
    const notes = [message.locked ? t('pages.room.locked') : null, message.screen_sharing_enabled ? null : t('pages.room.noScreens'),
      message.video_recording_enabled ? t('pages.room.recording') : null].filter(Boolean);
    if (notes.length) bar.append(h('span', { class: 'mt-room-note', role: 'status' }, notes.join(' · ')));
  });

  if (host) {
    const panel = lobbyPanel({ signaling: view.signaling, conferenceId: ticket.conference_id });
    const end = h('button', { type: 'button', class: 'btn mt-end-button', id: 'end-meeting' }, t('pages.room.end'));
    end.addEventListener('click', async () => {
      end.disabled = true;
      try {
        await meetingsApi.stop(ticket.meeting_id);
      } catch (error) {
        end.disabled = false;
        end.title = error.detail || t('pages.room.endFailed');
      }
    });
    bar.append(lockButton(ticket.conference_id), end);
    root.append(panel.el);
  }
  return root;
}

/** An account is shown by its display name; a guest's ticket already carries theirs. */
function shownUser(user, ticket) {
  return { ...user, username: ticket.display_name || user.display_name || user.username };
}

/** The link for everyone; the host also reads the passcode (GET /meetings/{id} gives it to the host only). */
async function openInfo(ticket, host) {
  const link = `${location.origin}/m/${ticket.meeting_id}`;
  let meeting = null;
  if (host) {
    try {
      meeting = await meetingsApi.get(ticket.meeting_id);
    } catch {
      // Without the meeting the dialog still has the link.
    }
  }
  showMeetingInfo({ title: ticket.title, link: meeting?.join_url || link, passcode: meeting?.passcode || null,
    passcodeRequired: Boolean(meeting?.passcode_required) });
}

/** "Export" in the chat panel's heading (host): the chat so far as a Markdown file. */
function chatExportButton(ticket) {
  const button = h('button', { type: 'button', class: 'btn chat-export', id: 'chat-export', title: t('pages.chat.exportHint') },
    t('pages.chat.export'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      saveText(await meetingsApi.chatMarkdown(ticket.meeting_id), `meeting-${ticket.meeting_id}-chat.md`, 'text/markdown');
    } catch (error) {
      button.title = error.message;
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

/** "Lock" / "Unlock": a locked meeting admits nobody new (PATCH /conferences/{id}); everyone is told through signaling. */
function lockButton(conferenceId) {
  let locked = false;
  const el = h('button', { type: 'button', class: 'btn mt-room-button', 'aria-pressed': 'false' }, t('pages.room.lock'));
  el.addEventListener('click', async () => {
    el.disabled = true;
    try {
      const conference = await meetingsApi.setLocked(conferenceId.replace(/^c-/, ''), !locked);
      locked = conference.locked;
      el.textContent = locked ? t('pages.room.unlock') : t('pages.room.lock');
      el.setAttribute('aria-pressed', String(locked));
    } catch (error) {
      el.title = error.detail || t('pages.room.lockFailed');
    } finally {
      el.disabled = false;
    }
  });
  return el;
}
