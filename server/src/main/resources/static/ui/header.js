// The top bar on every page: the Parley logo, then either the signed-in person (avatar, name, Sign out)
// or the Sign in / Create account links.

import { h, icon } from './dom.js';
import { t } from './strings.js';

/**
 * @param {object|null} user {username, email, display_name} of the signed-in person, or null.
 * @param {() => void} onSignOut called when "Sign out" is pressed.
 * @param {string} pathname the current page, to hide the link to the page the person is on.
 */
export function header(user, onSignOut, pathname) {
  const logo = h('a', { class: 'brand', href: user ? '/home' : '/', 'aria-label': t('pages.header.home') },
    h('span', { class: 'brand-mark' }, icon('logo')), h('span', { class: 'brand-name' }, 'Parley'));
  return h('header', { class: 'app-header' },
    h('div', { class: 'app-header-inner' }, logo, user ? account(user, onSignOut) : guestLinks(pathname)));
}

function account(user, onSignOut) {
  const signOut = h('button', { type: 'button', class: 'btn btn-header', onclick: onSignOut },
    icon('signOut'), h('span', { class: 'btn-label' }, t('pages.header.signOut')));
  return h('div', { class: 'header-account' },
    // The person's own name as others see it; the link opens the account page, where it can be changed.
    h('a', { class: 'header-user', href: '/account', title: t('pages.header.accountTitle', { username: user.username }) },
      avatar(shownName(user)),
      h('span', { class: 'user-name', id: 'user-name' }, shownName(user))),
    signOut);
}

function guestLinks(pathname) {
  return h('nav', { class: 'header-links', 'aria-label': t('pages.header.account') },
    pathname === '/login' ? null : h('a', { class: 'btn btn-header', href: '/login' }, t('pages.signIn')),
    pathname === '/register' ? null : h('a', { class: 'btn btn-primary btn-header-cta', href: '/register' }, t('pages.header.register')));
}

/** The name others see: the display name, else the username. */
export function shownName(user) {
  return user.display_name || user.username;
}

/** A circle with the person's initials, on a colour picked from the name so it stays the same everywhere. */
export function avatar(username, { size = 'md' } = {}) {
  const el = h('span', { class: `avatar avatar-${size}`, 'aria-hidden': 'true' }, initials(username));
  // Through CSSOM, not a style attribute: a strict Content-Security-Policy allows the former only.
  el.style.setProperty('--avatar-hue', String(hueOf(username)));
  return el;
}

/**
 * "ada_lovelace" → "AL", "grace" → "G", "ada_70f49f" → "A": the first letters of up to two parts split by . _ -,
 * skipping parts that start with a digit (a number is not an initial).
 */
export function initials(username) {
  const name = String(username || '?');
  const parts = name.split(/[._-]+/).filter((part) => /^\p{L}/u.test(part));
  const letters = parts.length === 0 ? name[0] : parts.slice(0, 2).map((part) => part[0]).join('');
  return letters.toUpperCase();
}

/** A stable hue 0–359 from the name (31-multiplier string hash), so each person keeps one colour. */
function hueOf(text) {
  let hash = 0;
  for (const ch of String(text)) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return hash % 360;
}
