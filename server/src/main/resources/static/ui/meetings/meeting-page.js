// "/m/:id": one meeting. For its host and invitees: the details, copy the invitation, download the .ics, start or join,
// edit or cancel (host), the invitees' answers and, for the host, the passcode, the chat export and who attended. Anyone
// else with the link (or signed out) gets the join flow itself, which checks the link before asking for anything.

import { api, ApiError } from '../../protocol/api.js';
import { inviteText } from '../conference/meeting-info.js';
import { h, icon } from '../dom.js';
import { t } from '../strings.js';
import { notFoundPage } from '../views/not-found.js';
import { attendanceList } from './attendance.js';
import { saveText } from './download.js';
import { dayLabel, rangeLabel } from './format.js';
import { isMeetingId, joinRoute } from './join-view.js';
import { badge } from './meeting-card.js';
import { meetingsApi } from './meetings-api.js';
import { occurrencesSection } from './occurrences.js';

const STATUS_KEYS = { invited: 'pages.answer.invited', accepted: 'pages.answer.accepted', declined: 'pages.answer.declined',
  tentative: 'pages.answer.tentative' };

export const meetingRoute = {
  pattern: '/m/:id',
  access: 'public',
  title: () => t('pages.meeting.pageTitle'),
  render(ctx) {
    const { params, navigate } = ctx;
    if (!isMeetingId(params.id)) return notFoundPage(ctx.user);
    if (!api.user) return joinRoute.render(ctx);
    const holder = h('div', { class: 'page mt-page' }, h('p', { class: 'mt-loading' }, t('pages.loading')));
    meetingsApi.get(params.id)
      .then((meeting) => holder.replaceChildren(details(meeting, navigate)))
      .catch((error) => holder.replaceChildren(error instanceof ApiError && error.status === 404
        ? joinRoute.render(ctx) : h('p', { class: 'alert', role: 'alert' }, error.detail || t('pages.loadFailed'))));
    return holder;
  },
};

function details(meeting, navigate) {
  const start = new Date(meeting.start_time);
  const end = new Date(meeting.end_time);
  const host = meeting.my_role === 'host';
  const live = Boolean(meeting.live_conference) && !meeting.cancelled;
  const ended = Boolean(meeting.ended_at) && !live;
  const message = h('p', { class: 'mt-action-message', role: 'status' });
  const primary = meeting.cancelled ? null : host && !live
    ? button(ended ? t('pages.meeting.startAgain') : t('pages.meeting.start'), 'btn-primary btn-lg', 'start-meeting', async () => {
      try {
        await meetingsApi.start(meeting.id);
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 409)) throw error;
      }
      navigate(`/m/${meeting.id}/join`);
    }, message)
    : h('a', { class: 'btn btn-primary btn-lg', id: 'join-meeting', href: `/m/${meeting.id}/join` },
      live ? t('pages.meeting.joinNow') : t('pages.meeting.join'));
  const copy = button(t('pages.meeting.copyInvite'), 'btn-secondary', 'copy-link', async () => {
    await navigator.clipboard.writeText(inviteText({ title: meeting.title, link: meeting.join_url, passcode: meeting.passcode }));
    message.textContent = meeting.passcode ? t('pages.info.inviteCopied') : t('pages.meeting.linkCopied');
  }, message);
  const ics = button(t('pages.meeting.ics'), 'btn-secondary', 'download-ics', async () => {
    saveText(await meetingsApi.ics(meeting.id), `meeting-${meeting.id}.ics`, 'text/calendar');
  }, message);
  const hostActions = host && !meeting.cancelled ? [
    h('a', { class: 'btn btn-secondary', href: `/m/${meeting.id}/edit`, id: 'edit-meeting' }, t('pages.meeting.edit')),
    button(t('pages.meeting.cancel'), 'btn-danger', 'cancel-meeting', async () => {
      if (!window.confirm(t('pages.meeting.cancelConfirm', { title: meeting.title }))) return;
      await meetingsApi.cancel(meeting.id);
      navigate(`/m/${meeting.id}`, { replace: true });
    }, message),
  ] : [];
  const exportChat = host ? button(t('pages.meeting.exportChat'), 'btn-secondary', 'export-chat', async () => {
    saveText(await meetingsApi.chatMarkdown(meeting.id), `meeting-${meeting.id}-chat.md`, 'text/markdown');
  }, message) : null;
  const attendance = h('div', { class: 'mt-attendance-list' });
  if (host) loadAttendance(meeting.id, attendance);

  return h('div', { class: 'mt-meeting', dataset: { meetingId: String(meeting.id) } },
    h('a', { class: 'mt-back', href: '/home' }, t('pages.meeting.back')),
    h('section', { class: 'card mt-hero' },
      h('div', { class: 'mt-hero-main' },
        h('div', { class: 'mt-badges' },
          live ? badge(t('pages.badge.live'), 'live') : null, ended ? badge(t('pages.badge.ended'), 'muted') : null,
          meeting.cancelled ? badge(t('pages.badge.cancelled'), 'cancelled') : null,
          meeting.recurrence ? badge(repeatText(meeting.recurrence), 'muted') : null,
          // Invitees join without the passcode: only the host, who shares it, needs to see that there is one.
          host && meeting.passcode_required ? badge(t('pages.badge.passcode'), 'muted') : null,
          meeting.lobby_enabled ? badge(t('pages.badge.lobby'), 'muted') : null,
          meeting.allow_guests ? badge(t('pages.badge.guests'), 'muted') : null),
        h('h1', { class: 'mt-heading', tabindex: '-1' }, meeting.title),
        h('p', { class: 'mt-when' }, icon('video'), h('span', {}, `${dayLabel(start)} · ${rangeLabel(start, end)}`)),
        h('p', { class: 'mt-host' }, host ? t('pages.meeting.youHost') : t('pages.meeting.hostedBy', { name: meeting.host.username })),
        meeting.description ? h('p', { class: 'mt-description' }, meeting.description) : null,
        h('div', { class: 'mt-link' }, h('span', { class: 'mt-link-label' }, t('pages.meeting.inviteLink')),
          h('code', { class: 'mt-link-url' }, meeting.join_url)),
        host && meeting.passcode_required ? passcodeBox(meeting) : null),
      h('div', { class: 'mt-hero-actions' }, primary, copy, ics, exportChat, ...hostActions, message)),
    h('div', { class: 'mt-columns' },
      h('section', { class: 'card mt-section' }, h('h2', { class: 'mt-section-title' }, t('pages.meeting.invitees')),
        meeting.participants.length === 0 ? h('p', { class: 'mt-empty' }, t('pages.meeting.nobodyInvited'))
          : h('ul', { class: 'mt-people' }, meeting.participants.map((p) => h('li', { class: 'mt-person' },
            h('span', {}, p.username),
            h('span', { class: `mt-answer mt-answer-${p.status}` }, STATUS_KEYS[p.status] ? t(STATUS_KEYS[p.status]) : p.status))))),
      host ? h('section', { class: 'card mt-section' }, h('h2', { class: 'mt-section-title' }, t('pages.meeting.attendance')),
        attendance) : null,
      meeting.recurrence && !meeting.cancelled ? occurrencesSection(meeting) : null));
}

/** The host's passcode, to share with the link (hidden from invitees, who do not need one). */
function passcodeBox(meeting) {
  return h('div', { class: 'mt-link mt-passcode' }, h('span', { class: 'mt-link-label' }, t('pages.meeting.passcode')),
    meeting.passcode ? h('code', { class: 'mt-link-url', id: 'meeting-passcode' }, meeting.passcode)
      : h('span', { class: 'mt-muted' }, t('pages.meeting.passcodeUnknown')));
}

async function loadAttendance(meetingId, target) {
  try {
    const conferences = await meetingsApi.conferences(meetingId);
    if (conferences.length === 0) {
      target.replaceChildren(h('p', { class: 'mt-empty' }, t('pages.meeting.notHeld')));
      return;
    }
    target.replaceChildren(...conferences.map((c) => h('div', { class: 'mt-conference' },
      h('p', { class: 'mt-conference-when' }, `${dayLabel(new Date(c.started_at))} · ${rangeLabel(new Date(c.started_at),
        new Date(c.ended_at || Date.now()))}${c.live ? ` ${t('pages.meeting.liveSuffix')}` : ''}`),
      attendanceList(c.attendance || []))));
  } catch {
    target.replaceChildren(h('p', { class: 'mt-empty' }, t('pages.meeting.attendanceUnavailable')));
  }
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
      message.textContent = error.detail || error.message || t('pages.failed');
    } finally {
      el.disabled = false;
    }
  });
  return el;
}

function repeatText(rule) {
  const freq = /FREQ=(\w+)/.exec(rule)?.[1];
  const key = { DAILY: 'pages.repeat.daily', WEEKLY: 'pages.repeat.weekly', MONTHLY: 'pages.repeat.monthly' }[freq];
  return key ? t(key) : t('pages.badge.repeats');
}
