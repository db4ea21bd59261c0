// The invitees field of the schedule form: type a username (suggestions from GET /users/search) or an email, press
// Enter or pick a suggestion; each invitee becomes a removable chip. A combobox in the WAI-ARIA sense (listbox popup).

import { h } from '../dom.js';
import { t } from '../strings.js';
import { meetingsApi } from './meetings-api.js';

/** Wait this long after the last keystroke before asking the server (ms): one request per pause, not per key. */
const DEBOUNCE_MS = 200;

/**
 * @param {object} options
 * @param {string} options.id the input's id (the label points at it).
 * @param {string[]} [options.initial] usernames already invited.
 * @returns {{el: HTMLElement, input: HTMLInputElement, values(): string[]}}
 */
export function inviteePicker({ id, initial = [] }) {
  const chosen = [];
  const chips = h('ul', { class: 'mt-chips', 'aria-label': t('pages.invitees.label') });
  const listbox = h('ul', { class: 'mt-suggestions', id: `${id}-suggestions`, role: 'listbox', hidden: true });
  const input = h('input', {
    id, type: 'text', autocomplete: 'off', spellcheck: 'false', autocapitalize: 'none', role: 'combobox',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listbox.id,
    placeholder: t('pages.invitees.placeholder'),
  });
  let timer = null;
  let active = -1;

  const render = () => chips.replaceChildren(...chosen.map((name) => h('li', { class: 'mt-chip' },
    h('span', {}, name),
    h('button', { type: 'button', class: 'mt-chip-remove', 'aria-label': t('pages.invitees.remove', { name }), onclick: () => remove(name) }, '×'))));
  const add = (name) => {
    const value = name.trim();
    if (value && !chosen.some((c) => c.toLowerCase() === value.toLowerCase())) chosen.push(value);
    input.value = '';
    close();
    render();
    input.focus();
  };
  const remove = (name) => {
    chosen.splice(chosen.indexOf(name), 1);
    render();
    input.focus();
  };
  const close = () => {
    listbox.hidden = true;
    listbox.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const highlight = (index) => {
    const options = [...listbox.children];
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    active = index;
  };
  const suggest = async (query) => {
    try {
      const matches = (await meetingsApi.searchUsers(query)).filter((m) => !chosen.includes(m.username));
      if (input.value.trim() !== query) return;
      listbox.replaceChildren(...matches.map((m, i) => h('li', {
        role: 'option', id: `${id}-option-${i}`, class: 'mt-suggestion', 'aria-selected': 'false',
        onmousedown: (event) => { event.preventDefault(); add(m.username); },
      }, m.username)));
      listbox.hidden = matches.length === 0;
      input.setAttribute('aria-expanded', String(matches.length > 0));
      active = -1;
    } catch {
      close();
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < 2 || query.includes('@')) {
      close();
      return;
    }
    timer = setTimeout(() => suggest(query), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    const options = [...listbox.children];
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      highlight((active + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      highlight((active - 1 + options.length) % options.length);
    } else if (event.key === 'Enter' || event.key === ',') {
      if (active >= 0 && options[active]) {
        event.preventDefault();
        add(options[active].textContent);
      } else if (input.value.trim()) {
        event.preventDefault();
        add(input.value);
      }
    } else if (event.key === 'Escape') {
      close();
    } else if (event.key === 'Backspace' && input.value === '' && chosen.length) {
      remove(chosen[chosen.length - 1]);
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  initial.forEach((name) => chosen.push(name));
  render();

  return {
    el: h('div', { class: 'mt-picker' }, chips, h('div', { class: 'mt-picker-input' }, input, listbox)),
    input,
    /** The invitees, including text typed but not yet confirmed with Enter. */
    values: () => (input.value.trim() ? [...chosen, input.value.trim()] : [...chosen]),
  };
}
