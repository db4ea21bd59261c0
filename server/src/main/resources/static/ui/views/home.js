// "/home": the signed-in start page. For now a welcome card with the account's details (from GET /users/me);
// the meetings dashboard will take the #home-dashboard section.

import { api } from '../../protocol/api.js';
import { h } from '../dom.js';
import { avatar } from '../header.js';
import { dashboard } from '../meetings/dashboard.js';

export const homeRoute = {
  pattern: '/home',
  access: 'user',
  title: 'Home · Parley',
  render({ user, navigate }) {
    const details = h('dl', { class: 'details', 'aria-busy': 'true' },
      detail('Username', user.username),
      detail('Email', user.email || ''),
      detail('Member since', h('span', { class: 'skeleton' }, 'Loading…')));
    fillFromServer(details);
    return h('div', { class: 'page' },
      h('section', { class: 'card welcome-card', id: 'home-dashboard', 'aria-labelledby': 'welcome-title' },
        h('div', { class: 'welcome-head' },
          avatar(user.username, { size: 'xl' }),
          h('div', {},
            h('h1', { class: 'welcome-title', id: 'welcome-title', tabindex: '-1' }, `Welcome, ${user.username}`),
            h('p', { class: 'welcome-lead' }, 'You are signed in to Parley. Your meetings and invitations are below.'))),
        details),
      dashboard({ user, navigate }));
  },
};

function detail(term, value) {
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
    since.replaceChildren('Not available right now');
  } finally {
    details.setAttribute('aria-busy', 'false');
  }
}

function formatDate(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}
