// One meeting in a list: a date block, the title, time and host, and badges (live, ended, recurring, passcode, cancelled).

import { h } from '../dom.js';
import { t } from '../strings.js';
import { dayLabel, rangeLabel, relativeDay } from './format.js';

/** @param {object} meeting a MeetingView from the API; @param {Node[]} actions extra buttons on the right. */
export function meetingCard(meeting, actions = []) {
  const start = new Date(meeting.start_time);
  const end = new Date(meeting.end_time);
  const live = meeting.live_conference && !meeting.cancelled;
  const badges = [
    live ? badge(t('pages.badge.live'), 'live') : null,
    meeting.ended_at && !live ? badge(t('pages.badge.ended'), 'muted') : null,
    meeting.cancelled ? badge(t('pages.badge.cancelled'), 'cancelled') : null,
    meeting.recurrence ? badge(t('pages.badge.repeats'), 'muted') : null,
    // Invitees join without the passcode: the badge is for the host, who shares it.
    meeting.passcode_required && meeting.my_role === 'host' ? badge(t('pages.badge.passcode'), 'muted') : null,
    meeting.lobby_enabled ? badge(t('pages.badge.lobby'), 'muted') : null,
  ];
  const host = meeting.my_role === 'host' ? t('pages.card.youHost') : t('pages.meeting.hostedBy', { name: meeting.host.username });
  return h('li', { class: `mt-card${meeting.cancelled ? ' is-cancelled' : ''}`, dataset: { meetingId: String(meeting.id) } },
    h('div', { class: 'mt-date', 'aria-hidden': 'true' },
      h('span', { class: 'mt-date-month' }, start.toLocaleDateString(undefined, { month: 'short' })),
      h('span', { class: 'mt-date-day' }, String(start.getDate()))),
    h('div', { class: 'mt-card-body' },
      h('a', { class: 'mt-card-title', href: `/m/${meeting.id}` }, meeting.title),
      h('p', { class: 'mt-card-meta' },
        h('span', { title: dayLabel(start) }, `${relativeDay(start)} · ${rangeLabel(start, end)}`),
        h('span', { class: 'mt-dot', 'aria-hidden': 'true' }, '·'),
        h('span', {}, host)),
      h('div', { class: 'mt-badges' }, badges)),
    actions.length ? h('div', { class: 'mt-card-actions' }, actions) : null);
}

export function badge(text, tone) {
  return h('span', { class: `mt-badge mt-badge-${tone}` }, text);
}
