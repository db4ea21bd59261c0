// The centred card that frames the sign-in and create-account forms.

import { h, icon } from '../dom.js';

/**
 * @param {object} parts {title, subtitle, form, footer}: footer is the line that links to the other form.
 */
export function authPage({ title, subtitle, form, footer }) {
  return h('div', { class: 'auth-page' },
    h('section', { class: 'card auth-card', 'aria-labelledby': 'auth-title' },
      h('span', { class: 'brand-mark brand-mark-lg' }, icon('logo')),
      h('h1', { class: 'auth-title', id: 'auth-title', tabindex: '-1' }, title),
      h('p', { class: 'auth-subtitle' }, subtitle),
      form,
      h('p', { class: 'auth-footer' }, footer)));
}
