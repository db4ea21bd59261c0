// "/m/new" and "/m/:id/edit": the schedule form. Date and time are entered in the browser's time zone and sent with its
// offset plus the zone's name (the server repeats a series in that zone). Server field errors go next to their fields.

import { ApiError } from '../../protocol/api.js';
import { asSentence } from '../form.js';
import { h, icon } from '../dom.js';
import { browserZone, durationLabel, isoWithOffset, toInputs } from './format.js';
import { inviteePicker } from './invitee-picker.js';
import { meetingsApi } from './meetings-api.js';

const DURATIONS = [15, 30, 45, 60, 90, 120, 180, 240];
const WEEKDAYS = [['MO', 'Mon'], ['TU', 'Tue'], ['WE', 'Wed'], ['TH', 'Thu'], ['FR', 'Fri'], ['SA', 'Sat'], ['SU', 'Sun']];

export const scheduleRoute = {
  pattern: '/m/new',
  access: 'user',
  title: 'Schedule a meeting · Parley',
  render: ({ navigate }) => scheduleForm({ navigate }),
};

export const editRoute = {
  pattern: '/m/:id/edit',
  access: 'user',
  title: 'Edit meeting · Parley',
  render({ params, navigate }) {
    const holder = h('div', { class: 'page mt-page' }, h('p', { class: 'mt-loading' }, 'Loading…'));
    meetingsApi.get(params.id)
      .then((meeting) => holder.replaceWith(scheduleForm({ navigate, meeting })))
      .catch((error) => holder.replaceChildren(h('p', { class: 'alert', role: 'alert' }, error.detail || 'Could not load.')));
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
      placeholder: meeting?.passcode_required ? 'Unchanged (type to replace)' : 'None' }),
    lobby: h('input', { id: 'mt-lobby', type: 'checkbox', checked: Boolean(meeting?.lobby_enabled) }),
    guests: h('input', { id: 'mt-guests', type: 'checkbox', checked: Boolean(meeting?.allow_guests) }),
  };
  const invitees = inviteePicker({ id: 'mt-invitees', initial: (meeting?.participants || []).map((p) => p.username) });
  const repeat = recurrenceFields(meeting?.recurrence);
  const alertBox = h('div', { class: 'alert', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, meeting ? 'Save changes' : 'Schedule meeting');
  const errors = {};
  const row = (name, label, control, help, labelFor = control.id) => {
    errors[name] = h('p', { class: 'field-error', id: `mt-${name}-error`, 'aria-live': 'polite' });
    return h('div', { class: 'field', dataset: { field: name } }, h('label', { for: labelFor }, label),
      control, help ? h('p', { class: 'field-help' }, help) : null, errors[name]);
  };

  const form = h('form', { class: 'card mt-form', novalidate: true },
    alertBox,
    row('title', 'Title', f.title),
    h('div', { class: 'mt-form-grid' },
      row('start_time', 'Date', f.date),
      row('time', 'Start', f.time),
      row('end_time', 'Duration', f.duration)),
    h('p', { class: 'field-help mt-zone' }, `Times are in your time zone, ${browserZone()}.`),
    row('participants', 'Invitees', invitees.el, 'Invitees get the meeting on their dashboard and join without a passcode.',
      invitees.input.id),
    row('description', 'Description', f.description),
    row('recurrence', 'Repeat', repeat.el, null, 'mt-recurrence'),
    h('fieldset', { class: 'mt-fieldset' }, h('legend', {}, 'People who are not invited'),
      row('passcode', 'Passcode', f.passcode, 'Optional. Anyone with the link needs it; invitees do not.'),
      checkbox(f.lobby, 'Wait in the lobby until I let them in'),
      checkbox(f.guests, 'Allow guests without an account')),
    h('div', { class: 'mt-form-actions' },
      h('a', { class: 'btn btn-secondary', href: meeting ? `/m/${meeting.id}` : '/home' }, 'Cancel'), submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    Object.values(errors).forEach((e) => e.replaceChildren());
    alertBox.hidden = true;
    const startAt = new Date(`${f.date.value}T${f.time.value || '00:00'}`);
    if (Number.isNaN(startAt.getTime())) {
      showField(errors, 'start_time', 'Pick a date and a start time.');
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
    h('a', { class: 'mt-back', href: meeting ? `/m/${meeting.id}` : '/home' }, '← Back'),
    h('h1', { class: 'mt-heading', tabindex: '-1' }, meeting ? 'Edit meeting' : 'Schedule a meeting'),
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
    [['', 'Does not repeat'], ['DAILY', 'Every day'], ['WEEKLY', 'Every week'], ['MONTHLY', 'Every month']]
      .map(([v, label]) => h('option', { value: v, selected: (parts.FREQ || '') === v }, label)));
  const days = (parts.BYDAY || '').split(',');
  const dayBoxes = WEEKDAYS.map(([code, label]) => h('label', { class: 'mt-day' },
    h('input', { type: 'checkbox', value: code, checked: days.includes(code) }), h('span', {}, label)));
  const count = h('input', { type: 'number', min: 1, max: 500, value: parts.COUNT || 10, class: 'mt-count', 'aria-label': 'Occurrences' });
  const weekly = h('div', { class: 'mt-days', role: 'group', 'aria-label': 'On these days' }, dayBoxes);
  const ends = h('div', { class: 'mt-ends' }, h('span', {}, 'Ends after'), count, h('span', {}, 'times'));
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
    alertBox.replaceChildren(icon('alert'), h('span', {}, 'Something went wrong. Please try again.'));
    alertBox.hidden = false;
    return;
  }
  const labels = { title: 'Title', start_time: 'Start', end_time: 'End', participants: 'Invitees', description: 'Description',
    recurrence: 'Repeat', passcode: 'Passcode', time_zone: 'Time zone' };
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
