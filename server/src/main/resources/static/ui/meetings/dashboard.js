// The meetings part of /home: "Meet now" and "Schedule", upcoming meetings (today, this week), invitations to answer,
// and past meetings with who attended. Each section loads on its own, so one slow call does not blank the page.

import { ApiError } from '../../protocol/api.js';
import { h } from '../dom.js';
import { calendarFeedCard } from './calendar-feed.js';
import { meetingCard } from './meeting-card.js';
import { meetingsApi } from './meetings-api.js';
import { isoWithOffset, startOfDay } from './format.js';

const DAY_MS = 86_400_000;

/** @param {{user, navigate}} ctx the router context of /home. */
export function dashboard({ navigate }) {
  const meetNow = h('button', { type: 'button', class: 'btn btn-primary', id: 'meet-now' }, 'Meet now');
  meetNow.addEventListener('click', () => startInstantMeeting(meetNow, navigate));
  const today = section('Today', 'mt-today', 'Nothing else today.');
  const week = section('This week', 'mt-week', 'Nothing scheduled for the rest of the week.');
  const invitations = section('Invitations', 'mt-invitations', 'No invitations waiting for an answer.');
  const past = section('Past meetings', 'mt-past', 'No meetings in the last 30 days.');
  loadUpcoming(today, week);
  loadInvitations(invitations);
  loadPast(past);
  return h('div', { class: 'mt-dashboard', id: 'meetings-dashboard' },
    h('div', { class: 'mt-toolbar' },
      h('h2', { class: 'mt-toolbar-title' }, 'Your meetings'),
      h('div', { class: 'mt-toolbar-actions' }, meetNow, h('a', { class: 'btn btn-secondary', href: '/m/new', id: 'schedule' }, 'Schedule'))),
    h('div', { class: 'mt-columns' },
      h('div', { class: 'mt-column' }, today.el, week.el),
      h('div', { class: 'mt-column' }, invitations.el, past.el, calendarFeedCard())));
}

function section(title, id, emptyText) {
  const list = h('ul', { class: 'mt-list', 'aria-busy': 'true' }, h('li', { class: 'mt-loading' }, 'Loading…'));
  const el = h('section', { class: 'card mt-section', id, 'aria-labelledby': `${id}-title` },
    h('h3', { class: 'mt-section-title', id: `${id}-title` }, title), list);
  return {
    el,
    show(items) {
      list.setAttribute('aria-busy', 'false');
      list.replaceChildren(...(items.length ? items : [h('li', { class: 'mt-empty' }, emptyText)]));
    },
    fail(error) {
      list.setAttribute('aria-busy', 'false');
      list.replaceChildren(h('li', { class: 'mt-empty mt-error' }, error instanceof ApiError ? error.detail : 'Could not load.'));
    },
  };
}

async function loadUpcoming(today, week) {
  const now = new Date();
  const tomorrow = new Date(startOfDay(now).getTime() + DAY_MS);
  const weekEnd = new Date(startOfDay(now).getTime() + 7 * DAY_MS);
  try {
    // From the start of the hour: a meeting that began a few minutes ago is still "today" and joinable.
    const from = new Date(now.getTime() - 60 * 60 * 1000);
    const page = await meetingsApi.list({ from: isoWithOffset(from), to: isoWithOffset(weekEnd), size: 100 });
    const current = page.items.filter((m) => new Date(m.end_time) > now);
    today.show(current.filter((m) => new Date(m.start_time) < tomorrow).map((m) => meetingCard(m, joinAction(m))));
    week.show(current.filter((m) => new Date(m.start_time) >= tomorrow).map((m) => meetingCard(m)));
  } catch (error) {
    today.fail(error);
    week.fail(error);
  }
}

function joinAction(meeting) {
  if (meeting.cancelled) return [];
  if (meeting.live_conference) {
    return [h('a', { class: 'btn btn-primary btn-sm', href: `/m/${meeting.id}/join` }, 'Join')];
  }
  return meeting.my_role === 'host' ? [h('a', { class: 'btn btn-secondary btn-sm', href: `/m/${meeting.id}` }, 'Open')] : [];
}

async function loadInvitations(invitations) {
  try {
    const page = await meetingsApi.list({ invitation: 'invited', size: 20 });
    invitations.show(page.items.map((meeting) => {
      const accept = h('button', { type: 'button', class: 'btn btn-primary btn-sm' }, 'Accept');
      const decline = h('button', { type: 'button', class: 'btn btn-secondary btn-sm' }, 'Decline');
      const card = meetingCard(meeting, [accept, decline]);
      const answer = async (status) => {
        accept.disabled = true;
        decline.disabled = true;
        try {
          await meetingsApi.respond(meeting.id, status);
          card.querySelector('.mt-card-actions').replaceChildren(
            h('span', { class: `mt-answer mt-answer-${status}`, role: 'status' }, status === 'accepted' ? 'Accepted' : 'Declined'));
        } catch (error) {
          accept.disabled = false;
          decline.disabled = false;
          card.querySelector('.mt-card-actions').append(h('span', { class: 'mt-error', role: 'alert' }, error.detail || 'Failed.'));
        }
      };
      accept.addEventListener('click', () => answer('accepted'));
      decline.addEventListener('click', () => answer('declined'));
      return card;
    }));
  } catch (error) {
    invitations.fail(error);
  }
}

async function loadPast(past) {
  const now = new Date();
  try {
    const page = await meetingsApi.list({ from: isoWithOffset(new Date(now.getTime() - 30 * DAY_MS)), to: isoWithOffset(now),
      size: 20 });
    const ended = page.items.filter((m) => new Date(m.end_time) <= now).reverse().slice(0, 6);
    past.show(ended.map((meeting) => {
      const card = meetingCard(meeting);
      if (meeting.my_role === 'host') addAttendance(card, meeting.id);
      return card;
    }));
  } catch (error) {
    past.fail(error);
  }
}

/** "3 attended: ada, grace, Gus (guest)" under a past meeting the viewer hosted. */
async function addAttendance(card, meetingId) {
  try {
    const conferences = await meetingsApi.conferences(meetingId);
    const names = new Set();
    for (const conference of conferences) {
      for (const record of conference.attendance || []) names.add(record.username || `${record.display_name} (guest)`);
    }
    if (conferences.length === 0) return;
    card.querySelector('.mt-card-body').append(h('p', { class: 'mt-attendance' },
      names.size === 0 ? 'Nobody joined.' : `${names.size} attended: ${[...names].join(', ')}`));
  } catch {
    // Attendance is a nice-to-have on the dashboard; the meeting page shows it in full.
  }
}

/** "Meet now": a one-hour meeting starting now, started at once; then the join screen. */
async function startInstantMeeting(button, navigate) {
  button.disabled = true;
  const now = new Date();
  try {
    const meeting = await meetingsApi.create({
      title: 'Instant meeting', start_time: isoWithOffset(now), end_time: isoWithOffset(new Date(now.getTime() + 3_600_000)),
      time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone, instant: true, participants: [],
    });
    await meetingsApi.start(meeting.id);
    navigate(`/m/${meeting.id}/join`);
  } catch (error) {
    button.disabled = false;
    button.after(h('span', { class: 'mt-error', role: 'alert' }, error.detail || 'Could not start a meeting.'));
  }
}
