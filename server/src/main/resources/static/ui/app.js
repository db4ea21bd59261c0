// Entry point of the browser client: restore the session from the refresh cookie, then start the router.
// Views are plain functions of (ctx) → Node; this file only wires them to the page.

import { api } from '../protocol/api.js';
import { h } from './dom.js';
import { header } from './header.js';
import { conferenceRoute } from './conference/conference-view.js';
import { Router } from './router.js';
import { t } from './strings.js';
import { accountRoute } from './views/account.js';
import { homeRoute } from './views/home.js';
import { landingRoute } from './views/landing.js';
import { loginRoute } from './views/login.js';
import { notFoundRoute } from './views/not-found.js';
import { registerRoute } from './views/register.js';
import { meetingRoutes } from './meetings/routes.js';

/** In match order. Meeting (/m/:id) and conference (/c/:id) views are added here when they exist. */
const ROUTES = [landingRoute, loginRoute, registerRoute, homeRoute, accountRoute, conferenceRoute, ...meetingRoutes];

const root = document.getElementById('app');
let firstRender = true;

const router = new Router({
  routes: ROUTES,
  notFound: notFoundRoute,
  currentUser: () => api.user,
  show(route, ctx) {
    const main = h('main', { id: 'main', class: 'app-main', tabindex: '-1' }, route.render(ctx));
    root.replaceChildren(skipLink(), header(ctx.user, signOut, location.pathname), main);
    document.title = typeof route.title === 'function' ? route.title() : route.title;
    // Focus the form's first field, else (after an in-app navigation) the new page's heading, so a
    // screen reader announces the page that replaced the old one.
    const target = main.querySelector('[data-autofocus]') || (firstRender ? null : main.querySelector('h1') || main);
    target?.focus({ preventScroll: true });
    firstRender = false;
    window.scrollTo(0, 0);
  },
});

let signingOut = false;

async function signOut() {
  signingOut = true;
  try {
    await api.logout();
  } catch {
    // The local session is gone either way; the refresh cookie expires on its own.
  }
  signingOut = false;
  router.navigate('/', { replace: true });
}

function skipLink() {
  return h('a', { class: 'skip-link', href: '#main', onclick: skipToMain }, t('pages.skip'));
}

function skipToMain(event) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

// A session that ends on its own (refresh refused: revoked, expired) sends the person to the right page.
// A changed name (account page) shows in the header at once.
api.onSessionChange((user) => {
  if (!user && !signingOut) router.render();
  else if (user) document.querySelector('.app-header')?.replaceWith(header(user, signOut, location.pathname));
});

async function start() {
  try {
    await api.restoreSession();
  } catch (error) {
    // Server unreachable: continue signed out; the forms will show the network error in words.
    console.warn('Could not restore the session', error);
  }
  router.start();
}

start();
