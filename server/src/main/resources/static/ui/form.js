// Account forms: labelled fields, inline per-field errors, a general alert, and a busy state on submit.
// Used by the sign-in and create-account views; the same helpers will serve the meeting forms.

import { ApiError } from '../protocol/api.js';
import { h, icon } from './dom.js';
import { t } from './strings.js';

/**
 * Builds a form and wires its behaviour.
 * @param {object} spec
 * @param {string} spec.id prefix for element ids (labels and errors are tied to inputs by id).
 * @param {Array<object>} spec.fields [{name, label, type, autocomplete, help}]
 * @param {string} spec.submitLabel button text; spec.busyLabel replaces it while the request runs.
 * @param {(values) => object} spec.validate client-side rules: {field: message} for the wrong fields.
 * @param {(values) => Promise} spec.onSubmit runs only when validate found nothing; may throw ApiError.
 * @returns {HTMLFormElement}
 */
export function accountForm({ id, fields, submitLabel, busyLabel, validate, onSubmit }) {
  const alertBox = h('div', { class: 'alert', role: 'alert', id: `${id}-alert`, hidden: true });
  const rows = fields.map((field) => fieldRow(id, field));
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-block' }, h('span', { class: 'btn-label' }, submitLabel));
  const form = h('form', { id, class: 'form', novalidate: true }, alertBox, rows.map((row) => row.element), submit);
  const byName = Object.fromEntries(rows.map((row) => [row.name, row]));
  const values = () => Object.fromEntries(rows.map((row) => [row.name, row.input.value.trim() === '' ? '' : valueOf(row)]));

  // After a field was left once (or after a submit), re-check it as the person types, so a fixed error disappears.
  for (const row of rows) {
    row.input.addEventListener('blur', () => {
      if (row.input.value !== '') row.touched = true;
      if (row.touched) row.setError(validate(values())[row.name]);
    });
    row.input.addEventListener('input', () => {
      if (row.touched) row.setError(validate(values())[row.name]);
    });
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (form.getAttribute('aria-busy') === 'true') return;
    showAlert(alertBox, null);
    const current = values();
    const errors = validate(current);
    for (const row of rows) {
      row.touched = true;
      row.setError(errors[row.name]);
    }
    const firstWrong = rows.find((row) => errors[row.name]);
    if (firstWrong) {
      firstWrong.input.focus();
      return;
    }
    setBusy(form, submit, true, busyLabel);
    try {
      await onSubmit(current);
    } catch (error) {
      showServerError(error, byName, alertBox);
    } finally {
      setBusy(form, submit, false, submitLabel);
    }
  });
  return form;
}

/** Passwords are sent exactly as typed; other fields lose surrounding blanks (a pasted "alice " is "alice"). */
function valueOf(row) {
  return row.type === 'password' ? row.input.value : row.input.value.trim();
}

function fieldRow(formId, { name, label, type = 'text', autocomplete, help, autofocus = false, maxlength = null, value = null }) {
  const inputId = `${formId}-${name}`;
  const helpEl = help ? h('p', { class: 'field-help', id: `${inputId}-help` }, help) : null;
  const errorEl = h('p', { class: 'field-error', id: `${inputId}-error`, 'aria-live': 'polite' });
  const input = h('input', {
    id: inputId,
    name,
    type,
    autocomplete,
    maxlength,
    value,
    'data-autofocus': autofocus,
    spellcheck: type === 'text' || type === 'email' ? 'false' : null,
    autocapitalize: type === 'password' ? null : 'none',
    'aria-describedby': [helpEl && helpEl.id, errorEl.id].filter(Boolean).join(' '),
  });
  const control = type === 'password' ? passwordControl(input) : h('div', { class: 'input-wrap' }, input);
  const element = h('div', { class: 'field' }, h('label', { for: inputId }, label), control, helpEl, errorEl);
  const row = {
    name,
    label,
    type,
    input,
    element,
    touched: false,
    setError(message) {
      errorEl.replaceChildren(...(message ? [icon('alert'), h('span', {}, message)] : []));
      element.classList.toggle('has-error', Boolean(message));
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    },
  };
  return row;
}

/** A password input with a show/hide toggle (people mistype long passwords; showing them avoids lockouts). */
function passwordControl(input) {
  const toggle = h('button', { type: 'button', class: 'input-action', 'aria-label': t('pages.form.showPassword'),
    'aria-pressed': 'false' });
  toggle.append(icon('eye'));
  toggle.addEventListener('click', () => {
    const show = input.type === 'password';
    input.type = show ? 'text' : 'password';
    toggle.setAttribute('aria-pressed', String(show));
    toggle.setAttribute('aria-label', show ? t('pages.form.hidePassword') : t('pages.form.showPassword'));
    toggle.replaceChildren(icon(show ? 'eyeOff' : 'eye'));
  });
  return h('div', { class: 'input-wrap has-action' }, input, toggle);
}

/** Server field errors go next to their fields; the detail sentence goes into the alert. */
function showServerError(error, byName, alertBox) {
  if (!(error instanceof ApiError)) {
    console.error(error);
    showAlert(alertBox, t('pages.form.unexpected'));
    return;
  }
  let focused = false;
  const unplaced = [];
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    const row = byName[field];
    if (!row) {
      unplaced.push(asSentence(field, message));
      continue;
    }
    row.touched = true;
    row.setError(asSentence(row.label, message));
    if (!focused) {
      row.input.focus();
      focused = true;
    }
  }
  // With field errors placed, the alert only repeats what is not visible next to a field.
  const placed = error.hasFieldErrors() && unplaced.length === 0;
  showAlert(alertBox, placed ? null : [error.detail, ...unplaced].join(' '), error.retryAfterSeconds);
}

/**
 * The server's field messages complete a sentence that starts with the field ("is already taken"); a message that
 * starts in lower case gets the field's label in front, so the person reads "Username is already taken."
 */
export function asSentence(label, message) {
  const text = String(message).trim();
  const sentence = /^[a-z]/.test(text) ? `${label} ${text}` : text;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

function showAlert(alertBox, message, retryAfterSeconds = null) {
  if (!message) {
    alertBox.hidden = true;
    alertBox.replaceChildren();
    return;
  }
  // A 429's Retry-After becomes words, unless the server's sentence already says when.
  const wait = retryAfterSeconds && !/try again in/i.test(message)
    ? ` ${t('pages.form.tryAgainIn', { wait: formatWait(retryAfterSeconds) })}` : '';
  alertBox.replaceChildren(icon('alert'), h('span', {}, message + wait));
  alertBox.hidden = false;
}

function formatWait(seconds) {
  if (seconds < 60) return t(seconds === 1 ? 'pages.form.second' : 'pages.form.seconds', { count: seconds });
  const minutes = Math.ceil(seconds / 60);
  return t(minutes === 1 ? 'pages.form.minute' : 'pages.form.minutes', { count: minutes });
}

function setBusy(form, submit, busy, label) {
  form.setAttribute('aria-busy', String(busy));
  submit.disabled = busy;
  submit.classList.toggle('is-busy', busy);
  submit.replaceChildren(...(busy ? [h('span', { class: 'spinner', 'aria-hidden': 'true' })] : []), h('span', { class: 'btn-label' }, label));
}
