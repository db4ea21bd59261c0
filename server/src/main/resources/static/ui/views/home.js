// "/home": the signed-in start page. A welcome card with the account's details (from GET /users/me), then the meetings
// dashboard.

import { api } from '../../protocol/api.js';
import { h } from '../dom.js';
import { avatar, shownName } from '../header.js';
import { dashboard } from '../meetings/dashboard.js';
import { t } from '../strings.js';

export const homeRoute = {
  pattern: '/home',
  access: 'user',
  title: () => t('pages.home.pageTitle'),
  render({ user, navigate }) {
    const details = h('dl', { class: 'details', 'aria-busy': 'true' },
      detail(t('pages.account.username'), user.username),
      detail(t('pages.account.email'), user.email || ''),
      detail(t('pages.home.since'), h('span', { class: 'skeleton' }, t('pages.loading'))));
    fillFromServer(details);
    return h('div', { class: 'page' },
      h('section', { class: 'card welcome-card', id: 'home-dashboard', 'aria-labelledby': 'welcome-title' },
        h('div', { class: 'welcome-head' },
          avatar(shownName(user), { size: 'xl' }),
          h('div', {},
            h('h1', { class: 'welcome-title', id: 'welcome-title', tabindex: '-1' }, t('pages.home.welcome', { name: shownName(user) })),
            h('p', { class: 'welcome-lead' }, t('pages.home.lead'), ' ',
              h('a', { href: '/account', id: 'account-link' }, t('pages.home.accountLink'))))),
        details),
      dashboard({ user, navigate }));
  },
};

export function detail(term, value) {
  return h('div', { class: 'detail' }, h('dt', {}, term), h('dd', {}, value));
}

/** The header already knows the name; /users/me adds the creation date (and proves the Bearer token works). */
async function fillFromServer(details) {
  const [, email, since] = details.querySelectorAll('dd');
  try {
    const me = await api.me();
    email.textContent = me.email;
    since.replaceChildren(formatDate(me.created_at));
  } catch {
    since.replaceChildren(t('pages.home.unavailable'));
  } finally {
    details.setAttribute('aria-busy', 'false');
  }
}

export function formatDate(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}
