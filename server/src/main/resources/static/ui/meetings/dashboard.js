// The meetings part of /home: "Meet now" and "Schedule", upcoming meetings (today, this week), invitations to answer,
// and past meetings with who attended. Each section loads on its own, so one slow call does not blank the page.

import { ApiError } from '../../protocol/api.js';
import { h } from '../dom.js';
import { t } from '../strings.js';
import { attendeeNames } from './attendance.js';
import { calendarFeedCard } from './calendar-feed.js';
import { meetingCard } from './meeting-card.js';
import { meetingsApi } from './meetings-api.js';
import { isoWithOffset, startOfDay } from './format.js';

const DAY_MS = 86_400_000;

/** @param {{user, navigate}} ctx the router context of /home. */
export function dashboard({ navigate }) {
  const meetNow = h('button', { type: 'button', class: 'btn btn-primary', id: 'meet-now' }, t('pages.dash.meetNow'));
  meetNow.addEventListener('click', () => startInstantMeeting(meetNow, navigate));
  const today = section(t('pages.dash.today'), 'mt-today', t('pages.dash.todayEmpty'));
  const week = section(t('pages.dash.week'), 'mt-week', t('pages.dash.weekEmpty'));
  const invitations = section(t('pages.dash.invitations'), 'mt-invitations', t('pages.dash.invitationsEmpty'));
  const past = section(t('pages.dash.past'), 'mt-past', t('pages.dash.pastEmpty'));
  loadUpcoming(today, week);
  loadInvitations(invitations);
  loadPast(past);
  return h('div', { class: 'mt-dashboard', id: 'meetings-dashboard' },
    h('div', { class: 'mt-toolbar' },
      h('h2', { class: 'mt-toolbar-title' }, t('pages.dash.title')),
      h('div', { class: 'mt-toolbar-actions' }, meetNow,
        h('a', { class: 'btn btn-secondary', href: '/m/new', id: 'schedule' }, t('pages.dash.schedule')))),
    h('div', { class: 'mt-columns' },
      h('div', { class: 'mt-column' }, today.el, week.el),
      h('div', { class: 'mt-column' }, invitations.el, past.el, calendarFeedCard())));
}

function section(title, id, emptyText) {
  const list = h('ul', { class: 'mt-list', 'aria-busy': 'true' }, h('li', { class: 'mt-loading' }, t('pages.loading')));
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
      list.replaceChildren(h('li', { class: 'mt-empty mt-error' }, error instanceof ApiError ? error.detail : t('pages.loadFailed')));
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
    // A meeting the host ended (even early) is past at once, not "today" until its scheduled end (issue 13, 8).
    const current = page.items.filter((m) => new Date(m.end_time) > now && !isOver(m));
    today.show(current.filter((m) => new Date(m.start_time) < tomorrow).map((m) => meetingCard(m, joinAction(m))));
    week.show(current.filter((m) => new Date(m.start_time) >= tomorrow).map((m) => meetingCard(m)));
  } catch (error) {
    today.fail(error);
    week.fail(error);
  }
}

/** Held and ended, and not running again. */
function isOver(meeting) {
  return Boolean(meeting.ended_at) && !meeting.live_conference;
}

function joinAction(meeting) {
  if (meeting.cancelled) return [];
  if (meeting.live_conference) {
    return [h('a', { class: 'btn btn-primary btn-sm', href: `/m/${meeting.id}/join` }, t('pages.meeting.join'))];
  }
  return meeting.my_role === 'host'
    ? [h('a', { class: 'btn btn-secondary btn-sm', href: `/m/${meeting.id}` }, t('pages.dash.open'))] : [];
}

async function loadInvitations(invitations) {
  try {
    const page = await meetingsApi.list({ invitation: 'invited', size: 20 });
    invitations.show(page.items.map((meeting) => {
      const accept = h('button', { type: 'button', class: 'btn btn-primary btn-sm' }, t('pages.dash.accept'));
      const decline = h('button', { type: 'button', class: 'btn btn-secondary btn-sm' }, t('pages.dash.decline'));
      const card = meetingCard(meeting, [accept, decline]);
      const answer = async (status) => {
        accept.disabled = true;
        decline.disabled = true;
        try {
          await meetingsApi.respond(meeting.id, status);
          card.querySelector('.mt-card-actions').replaceChildren(
            h('span', { class: `mt-answer mt-answer-${status}`, role: 'status' }, status === 'accepted' ? t('pages.answer.accepted') : t('pages.answer.declined')));
        } catch (error) {
          accept.disabled = false;
          decline.disabled = false;
          card.querySelector('.mt-card-actions').append(h('span', { class: 'mt-error', role: 'alert' }, error.detail || t('pages.failed')));
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
      size: 50 });
    const ended = page.items.filter((m) => new Date(m.end_time) <= now || isOver(m))
      .sort((a, b) => pastTime(b) - pastTime(a)).slice(0, 6);
    past.show(ended.map((meeting) => {
      const card = meetingCard(meeting);
      if (meeting.my_role === 'host') addAttendance(card, meeting.id);
      return card;
    }));
  } catch (error) {
    past.fail(error);
  }
}

/** When a past meeting ended: early (the host ended it) or at its scheduled end; newest first. */
function pastTime(meeting) {
  return new Date(meeting.ended_at || meeting.end_time).getTime();
}

/** "3 attended: ada, grace, Gus (guest)" under a past meeting the viewer hosted. */
async function addAttendance(card, meetingId) {
  try {
    const conferences = await meetingsApi.conferences(meetingId);
    if (conferences.length === 0) return;
    const names = attendeeNames(conferences);
    card.querySelector('.mt-card-body').append(h('p', { class: 'mt-attendance' }, names.length === 0
      ? t('pages.dash.nobodyJoined') : t('pages.dash.attended', { count: names.length, names: names.join(', ') })));
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
      title: t('pages.dash.instantTitle'), start_time: isoWithOffset(now), end_time: isoWithOffset(new Date(now.getTime() + 3_600_000)),
      time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone, instant: true, participants: [],
    });
    await meetingsApi.start(meeting.id);
    navigate(`/m/${meeting.id}/join`);
  } catch (error) {
    button.disabled = false;
    button.after(h('span', { class: 'mt-error', role: 'alert' }, error.detail || t('pages.dash.meetNowFailed')));
  }
}
