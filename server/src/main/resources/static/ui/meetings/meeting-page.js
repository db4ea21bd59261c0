// "/m/:id": one meeting. For its host and invitees: the details, copy the invite link, download the .ics, start or join,
// edit or cancel (host), the invitees' answers and, for the host, who attended. For anyone else with the link (or signed
// out): the way in, through the join screen.

import { api, ApiError } from '../../protocol/api.js';
import { h, icon } from '../dom.js';
import { dayLabel, rangeLabel } from './format.js';
import { joinState } from './join-state.js';
import { badge } from './meeting-card.js';
import { meetingsApi } from './meetings-api.js';
import { occurrencesSection } from './occurrences.js';
import { statusPage } from './status-page.js';

const STATUS_TEXT = { invited: 'No answer yet', accepted: 'Accepted', declined: 'Declined', tentative: 'Maybe' };

export const meetingRoute = {
  pattern: '/m/:id',
  access: 'public',
  title: 'Meeting · Parley',
  render({ params, navigate }) {
    const holder = h('div', { class: 'page mt-page' }, h('p', { class: 'mt-loading' }, 'Loading…'));
    if (!api.user) {
      holder.replaceChildren(outsiderPage(params.id, navigate));
      return holder;
    }
    meetingsApi.get(params.id)
      .then((meeting) => holder.replaceChildren(details(meeting, navigate)))
      .catch((error) => holder.replaceChildren(error instanceof ApiError && error.status === 404
        ? outsiderPage(params.id, navigate) : h('p', { class: 'alert', role: 'alert' }, error.detail || 'Could not load.')));
    return holder;
  },
};

function details(meeting, navigate) {
  const start = new Date(meeting.start_time);
  const end = new Date(meeting.end_time);
  const host = meeting.my_role === 'host';
  const live = Boolean(meeting.live_conference) && !meeting.cancelled;
  const message = h('p', { class: 'mt-action-message', role: 'status' });
  const primary = meeting.cancelled ? null : host && !live
    ? button('Start meeting', 'btn-primary btn-lg', 'start-meeting', async () => {
      try {
        await meetingsApi.start(meeting.id);
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 409)) throw error;
      }
      navigate(`/m/${meeting.id}/join`);
    }, message)
    : h('a', { class: 'btn btn-primary btn-lg', id: 'join-meeting', href: `/m/${meeting.id}/join` }, live ? 'Join now' : 'Join');
  const copy = button('Copy invite link', 'btn-secondary', 'copy-link', async () => {
    await navigator.clipboard.writeText(meeting.join_url);
    message.textContent = 'Invite link copied.';
  }, message);
  const ics = button('Add to calendar (.ics)', 'btn-secondary', 'download-ics', async () => {
    const text = await meetingsApi.ics(meeting.id);
    const link = h('a', { href: URL.createObjectURL(new Blob([text], { type: 'text/calendar' })), download: `meeting-${meeting.id}.ics` });
    document.body.append(link);
    link.click();
    link.remove();
  }, message);
  const hostActions = host && !meeting.cancelled ? [
    h('a', { class: 'btn btn-secondary', href: `/m/${meeting.id}/edit`, id: 'edit-meeting' }, 'Edit'),
    button('Cancel meeting', 'btn-danger', 'cancel-meeting', async () => {
      if (!window.confirm(`Cancel “${meeting.title}” for everyone?`)) return;
      await meetingsApi.cancel(meeting.id);
      navigate(`/m/${meeting.id}`, { replace: true });
    }, message),
  ] : [];
  const attendance = h('div', { class: 'mt-attendance-list' });
  if (host) loadAttendance(meeting.id, attendance);

  return h('div', { class: 'mt-meeting', dataset: { meetingId: String(meeting.id) } },
    h('a', { class: 'mt-back', href: '/home' }, '← My meetings'),
    h('section', { class: 'card mt-hero' },
      h('div', { class: 'mt-hero-main' },
        h('div', { class: 'mt-badges' },
          live ? badge('Live now', 'live') : null, meeting.cancelled ? badge('Cancelled', 'cancelled') : null,
          meeting.recurrence ? badge(repeatText(meeting.recurrence), 'muted') : null,
          meeting.passcode_required ? badge('Passcode', 'muted') : null, meeting.lobby_enabled ? badge('Lobby', 'muted') : null,
          meeting.allow_guests ? badge('Guests welcome', 'muted') : null),
        h('h1', { class: 'mt-heading', tabindex: '-1' }, meeting.title),
        h('p', { class: 'mt-when' }, icon('video'), h('span', {}, `${dayLabel(start)} · ${rangeLabel(start, end)}`)),
        h('p', { class: 'mt-host' }, host ? 'You are the host' : `Hosted by ${meeting.host.username}`),
        meeting.description ? h('p', { class: 'mt-description' }, meeting.description) : null,
        h('div', { class: 'mt-link' }, h('span', { class: 'mt-link-label' }, 'Invite link'),
          h('code', { class: 'mt-link-url' }, meeting.join_url))),
      h('div', { class: 'mt-hero-actions' }, primary, copy, ics, ...hostActions, message)),
    h('div', { class: 'mt-columns' },
      h('section', { class: 'card mt-section' }, h('h2', { class: 'mt-section-title' }, 'Invitees'),
        meeting.participants.length === 0 ? h('p', { class: 'mt-empty' }, 'Nobody invited: share the link.')
          : h('ul', { class: 'mt-people' }, meeting.participants.map((p) => h('li', { class: 'mt-person' },
            h('span', {}, p.username), h('span', { class: `mt-answer mt-answer-${p.status}` }, STATUS_TEXT[p.status] || p.status))))),
      host ? h('section', { class: 'card mt-section' }, h('h2', { class: 'mt-section-title' }, 'Attendance'), attendance) : null,
      meeting.recurrence && !meeting.cancelled ? occurrencesSection(meeting) : null));
}

async function loadAttendance(meetingId, target) {
  try {
    const conferences = await meetingsApi.conferences(meetingId);
    if (conferences.length === 0) {
      target.replaceChildren(h('p', { class: 'mt-empty' }, 'The meeting has not been held yet.'));
      return;
    }
    target.replaceChildren(...conferences.map((c) => h('div', { class: 'mt-conference' },
      h('p', { class: 'mt-conference-when' }, `${dayLabel(new Date(c.started_at))} · ${rangeLabel(new Date(c.started_at),
        new Date(c.ended_at || Date.now()))}${c.live ? ' (live)' : ''}`),
      h('ul', { class: 'mt-people' }, (c.attendance || []).map((a) => h('li', { class: 'mt-person' },
        h('span', {}, a.username || `${a.display_name} (guest)`),
        h('span', { class: 'mt-muted' }, `${rangeLabel(new Date(a.joined_at), new Date(a.left_at || Date.now()))}`)))))));
  } catch {
    target.replaceChildren(h('p', { class: 'mt-empty' }, 'Attendance is not available right now.'));
  }
}

/** Someone with the link who is not host or invitee (or not signed in): straight to the join screen, with a passcode. */
function outsiderPage(meetingId, navigate) {
  const passcode = h('input', { id: 'link-passcode', type: 'password', autocomplete: 'off' });
  const form = h('form', { class: 'mt-guest-form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: passcode.id }, 'Passcode (if the host gave you one)'),
      h('div', { class: 'input-wrap' }, passcode)),
    h('button', { type: 'submit', class: 'btn btn-primary btn-block' }, api.user ? 'Join meeting' : 'Continue'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    joinState.set(meetingId, { passcode: passcode.value, displayName: '' });
    navigate(`/m/${meetingId}/join`);
  });
  return statusPage({ state: 'link', iconName: 'people', title: `Meeting ${meetingId}`,
    text: api.user ? 'You were given a link to this meeting.' : 'You were given a link to this meeting. Join as a guest or sign in.',
    body: form,
    actions: api.user ? [] : [h('a', { class: 'btn btn-secondary', href: `/login?next=/m/${meetingId}` }, 'Sign in')] });
}

function button(label, tone, id, action, message) {
  const el = h('button', { type: 'button', class: `btn ${tone}`, id });
  el.append(label);
  el.addEventListener('click', async () => {
    el.disabled = true;
    message.textContent = '';
    try {
      await action();
    } catch (error) {
      message.textContent = error.detail || error.message || 'That did not work.';
    } finally {
      el.disabled = false;
    }
  });
  return el;
}

function repeatText(rule) {
  const freq = /FREQ=(\w+)/.exec(rule)?.[1];
  return { DAILY: 'Every day', WEEKLY: 'Every week', MONTHLY: 'Every month' }[freq] || 'Repeats';
}
