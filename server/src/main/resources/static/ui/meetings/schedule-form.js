// "/m/new" and "/m/:id/edit": the schedule form. Date and time are entered in the browser's time zone and sent with its
// offset plus the zone's name (the server repeats a series in that zone). Server field errors go next to their fields.

import { ApiError } from '../../protocol/api.js';
import { asSentence } from '../form.js';
import { h, icon } from '../dom.js';
import { t } from '../strings.js';
import { browserZone, durationLabel, isoWithOffset, toInputs } from './format.js';
import { inviteePicker } from './invitee-picker.js';
import { meetingsApi } from './meetings-api.js';

const DURATIONS = [15, 30, 45, 60, 90, 120, 180, 240];
/** RRULE day codes; their labels are the browser's own short weekday names (2024-01-01 was a Monday). */
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']
  .map((code, i) => [code, new Date(2024, 0, 1 + i).toLocaleDateString(undefined, { weekday: 'short' })]);

export const scheduleRoute = {
  pattern: '/m/new',
  access: 'user',
  title: () => t('pages.schedule.pageTitle'),
  render: ({ navigate }) => scheduleForm({ navigate }),
};

export const editRoute = {
  pattern: '/m/:id/edit',
  access: 'user',
  title: () => t('pages.edit.pageTitle'),
  render({ params, navigate }) {
    const holder = h('div', { class: 'page mt-page' }, h('p', { class: 'mt-loading' }, t('pages.loading')));
    meetingsApi.get(params.id)
      .then((meeting) => holder.replaceWith(scheduleForm({ navigate, meeting })))
      .catch((error) => holder.replaceChildren(h('p', { class: 'alert', role: 'alert' }, error.detail || t('pages.loadFailed'))));
    return holder;
  },
};

function scheduleForm({ navigate, meeting = null }) {
  const start = meeting ? new Date(meeting.start_time) : nextHalfHour();
  const minutes = meeting ? Math.round((new Date(meeting.end_time) - start) / 60_000) : 30;
  const inputs = toInputs(start);
  const f = {
    title: h('input', { id: 'mt-title', name: 'title', type: 'text', maxlength: 200, value: meeting?.title || '', 'data-autofocus': true }),
    description: h('textarea', { id: 'mt-description', name: 'description', rows: 3, maxlength: 5000 }, meeting?.description || ''),
    date: h('input', { id: 'mt-date', name: 'date', type: 'date', value: inputs.date }),
    time: h('input', { id: 'mt-time', name: 'time', type: 'time', value: inputs.time, step: 300 }),
    duration: h('select', { id: 'mt-duration', name: 'duration' }, durationOptions(minutes)),
    passcode: h('input', { id: 'mt-passcode', name: 'passcode', type: 'text', autocomplete: 'off', maxlength: 64,
      placeholder: meeting?.passcode_required ? t('pages.schedule.passcodeUnchanged') : t('pages.schedule.passcodeNone') }),
    lobby: h('input', { id: 'mt-lobby', type: 'checkbox', checked: Boolean(meeting?.lobby_enabled) }),
    guests: h('input', { id: 'mt-guests', type: 'checkbox', checked: Boolean(meeting?.allow_guests) }),
  };
  const invitees = inviteePicker({ id: 'mt-invitees', initial: (meeting?.participants || []).map((p) => p.username) });
  const repeat = recurrenceFields(meeting?.recurrence);
  const alertBox = h('div', { class: 'alert', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, meeting ? t('pages.schedule.save') : t('pages.schedule.submit'));
  const errors = {};
  const row = (name, label, control, help, labelFor = control.id) => {
    errors[name] = h('p', { class: 'field-error', id: `mt-${name}-error`, 'aria-live': 'polite' });
    return h('div', { class: 'field', dataset: { field: name } }, h('label', { for: labelFor }, label),
      control, help ? h('p', { class: 'field-help' }, help) : null, errors[name]);
  };

  const form = h('form', { class: 'card mt-form', novalidate: true },
    alertBox,
    row('title', t('pages.schedule.title'), f.title),
    h('div', { class: 'mt-form-grid' },
      row('start_time', t('pages.schedule.date'), f.date),
      row('time', t('pages.schedule.start'), f.time),
      row('end_time', t('pages.schedule.duration'), f.duration)),
    h('p', { class: 'field-help mt-zone' }, t('pages.schedule.zone', { zone: browserZone() })),
    row('participants', t('pages.meeting.invitees'), invitees.el, t('pages.schedule.inviteesHelp'),
      invitees.input.id),
    row('description', t('pages.schedule.description'), f.description),
    row('recurrence', t('pages.schedule.repeat'), repeat.el, null, 'mt-recurrence'),
    h('fieldset', { class: 'mt-fieldset' }, h('legend', {}, t('pages.schedule.outsiders')),
      row('passcode', t('pages.meeting.passcode'), f.passcode, t('pages.schedule.passcodeHelp')),
      checkbox(f.lobby, t('pages.schedule.lobby')),
      checkbox(f.guests, t('pages.schedule.guests'))),
    h('div', { class: 'mt-form-actions' },
      h('a', { class: 'btn btn-secondary', href: meeting ? `/m/${meeting.id}` : '/home' }, t('common.cancel')), submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    Object.values(errors).forEach((e) => e.replaceChildren());
    alertBox.hidden = true;
    const startAt = new Date(`${f.date.value}T${f.time.value || '00:00'}`);
    if (Number.isNaN(startAt.getTime())) {
      showField(errors, 'start_time', t('pages.schedule.pickDate'));
      return;
    }
    const body = {
      title: f.title.value.trim(),
      description: f.description.value,
      start_time: isoWithOffset(startAt),
      end_time: isoWithOffset(new Date(startAt.getTime() + Number(f.duration.value) * 60_000)),
      time_zone: browserZone(),
      participants: invitees.values(),
      lobby_enabled: f.lobby.checked,
      allow_guests: f.guests.checked,
      recurrence: repeat.value(),
    };
    if (f.passcode.value !== '' || !meeting) body.passcode = f.passcode.value;
    submit.disabled = true;
    try {
      const saved = meeting ? await meetingsApi.patch(meeting.id, body) : await meetingsApi.create(body);
      navigate(`/m/${saved.id}`);
    } catch (error) {
      submit.disabled = false;
      showServerError(error, errors, alertBox);
    }
  });

  return h('div', { class: 'page mt-page mt-page-narrow' },
    h('a', { class: 'mt-back', href: meeting ? `/m/${meeting.id}` : '/home' }, t('pages.schedule.back')),
    h('h1', { class: 'mt-heading', tabindex: '-1' }, meeting ? t('pages.schedule.editHeading') : t('pages.schedule.heading')),
    form);
}

function checkbox(input, label) {
  return h('label', { class: 'mt-check', for: input.id }, input, h('span', {}, label));
}

function durationOptions(selected) {
  const values = DURATIONS.includes(selected) ? DURATIONS : [...DURATIONS, selected].sort((a, b) => a - b);
  return values.map((m) => h('option', { value: m, selected: m === selected }, durationLabel(m)));
}

/** Repeat: never / daily / weekly on chosen days / monthly; ends after N times, on a date, or never. */
function recurrenceFields(rule) {
  const parts = Object.fromEntries((rule || '').split(';').filter(Boolean).map((p) => p.split('=')));
  const freq = h('select', { id: 'mt-recurrence', name: 'recurrence' },
    [['', t('pages.repeat.none')], ['DAILY', t('pages.repeat.daily')], ['WEEKLY', t('pages.repeat.weekly')],
      ['MONTHLY', t('pages.repeat.monthly')]]
      .map(([v, label]) => h('option', { value: v, selected: (parts.FREQ || '') === v }, label)));
  const days = (parts.BYDAY || '').split(',');
  const dayBoxes = WEEKDAYS.map(([code, label]) => h('label', { class: 'mt-day' },
    h('input', { type: 'checkbox', value: code, checked: days.includes(code) }), h('span', {}, label)));
  const count = h('input', { type: 'number', min: 1, max: 500, value: parts.COUNT || 10, class: 'mt-count', 'aria-label': t('pages.schedule.occurrences') });
  const weekly = h('div', { class: 'mt-days', role: 'group', 'aria-label': t('pages.schedule.onDays') }, dayBoxes);
  const ends = h('div', { class: 'mt-ends' }, h('span', {}, t('pages.schedule.endsAfter')), count, h('span', {}, t('pages.schedule.times')));
  const sync = () => {
    weekly.hidden = freq.value !== 'WEEKLY';
    ends.hidden = freq.value === '';
  };
  freq.addEventListener('change', sync);
  sync();
  return {
    el: h('div', { class: 'mt-repeat' }, freq, weekly, ends),
    value() {
      if (!freq.value) return '';
      const chosen = dayBoxes.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
      const byDay = freq.value === 'WEEKLY' && chosen.length ? `;BYDAY=${chosen.join(',')}` : '';
      return `FREQ=${freq.value}${byDay};COUNT=${Number(count.value) || 1}`;
    },
  };
}

function showField(errors, field, message) {
  const target = errors[field] || errors.title;
  target.replaceChildren(icon('alert'), h('span', {}, message));
  target.closest('.field')?.classList.add('has-error');
}

/** Field errors next to their fields (with the label in front), the rest in the alert. */
function showServerError(error, errors, alertBox) {
  if (!(error instanceof ApiError)) {
    alertBox.replaceChildren(icon('alert'), h('span', {}, t('pages.form.unexpected')));
    alertBox.hidden = false;
    return;
  }
  const labels = { title: t('pages.schedule.title'), start_time: t('pages.schedule.start'), end_time: t('pages.schedule.end'),
    participants: t('pages.meeting.invitees'), description: t('pages.schedule.description'), recurrence: t('pages.schedule.repeat'),
    passcode: t('pages.meeting.passcode'), time_zone: t('pages.schedule.timeZone') };
  let placed = 0;
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    if (errors[field]) {
      showField(errors, field, asSentence(labels[field] || field, message));
      placed++;
    }
  }
  if (placed === 0) {
    alertBox.replaceChildren(icon('alert'), h('span', {}, error.detail));
    alertBox.hidden = false;
  }
}

function nextHalfHour() {
  const date = new Date();
  date.setSeconds(0, 0);
  date.setMinutes(date.getMinutes() < 30 ? 30 : 60);
  return date;
}
