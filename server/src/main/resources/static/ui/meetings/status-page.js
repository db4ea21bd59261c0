// The full-page answers of the join flow: waiting for the host, the lobby, meeting full, wrong passcode, meeting ended...
// One layout for all: an icon, a heading, a sentence, and what the person can do next. `data-state` names the page.

import { api } from '../../protocol/api.js';
import { h, icon } from '../dom.js';
import { t } from '../strings.js';

/**
 * @param {object} spec
 * @param {string} spec.state machine-readable name (tests and CSS): waiting, lobby, full, wrong-passcode, ended, ...
 * @param {string} spec.title the heading.
 * @param {string} spec.text one or two sentences.
 * @param {string} [spec.tone] info (default), wait or stop: the icon's colour.
 * @param {Node[]} [spec.actions] buttons or links.
 * @param {Node} [spec.body] extra content (a form) between the text and the actions.
 */
export function statusPage({ state, title, text, tone = 'info', actions = [], body = null, iconName = null }) {
  return h('div', { class: 'page mt-status-page' },
    h('section', { class: `card mt-status mt-status-${tone}`, dataset: { state }, 'aria-live': 'polite' },
      h('span', { class: 'mt-status-icon', 'aria-hidden': 'true' },
        tone === 'wait' ? h('span', { class: 'mt-pulse' }) : icon(iconName || (tone === 'stop' ? 'alert' : 'video'))),
      h('h1', { class: 'mt-status-title', tabindex: '-1' }, title),
      h('p', { class: 'mt-status-text' }, text),
      body,
      actions.length ? h('div', { class: 'mt-status-actions' }, actions) : null));
}

/** Back to the dashboard; for a guest (nobody signed in), to the start page. */
export function homeLink(label = null) {
  const signedIn = Boolean(api.user);
  return h('a', { class: 'btn btn-secondary', href: signedIn ? '/home' : '/' }, label || (signedIn ? t('pages.back.meetings') : t('pages.back.leave')));
}
