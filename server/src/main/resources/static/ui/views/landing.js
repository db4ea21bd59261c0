// "/" for signed-out visitors: what Parley is, and the two ways in (Create account, Sign in).

import { h, icon } from '../dom.js';
import { t } from '../strings.js';
import { avatar } from '../header.js';

export const landingRoute = {
  pattern: '/',
  access: 'guest',
  title: () => t('pages.landing.pageTitle'),
  render() {
    return h('div', { class: 'landing' },
      h('section', { class: 'hero' },
        h('div', { class: 'hero-text' },
          h('h1', { class: 'hero-title', tabindex: '-1' }, t('pages.landing.title')),
          h('p', { class: 'hero-lead' },
            t('pages.landing.lead')),
          h('div', { class: 'hero-actions' },
            h('a', { class: 'btn btn-primary btn-lg', href: '/register' }, t('pages.header.register')),
            h('a', { class: 'btn btn-secondary btn-lg', href: '/login' }, t('pages.signIn')))),
        preview()),
      h('section', { class: 'features', 'aria-label': t('pages.landing.why') },
        feature('video', t('pages.landing.f1'), t('pages.landing.f1Text')),
        feature('lock', t('pages.landing.f2'), t('pages.landing.f2Text')),
        feature('people', t('pages.landing.f3'), t('pages.landing.f3Text'))));
  },
};

function feature(iconName, title, text) {
  return h('article', { class: 'feature card' },
    h('span', { class: 'feature-icon' }, icon(iconName)),
    h('h2', { class: 'feature-title' }, title),
    h('p', { class: 'feature-text' }, text));
}

/** A still picture of a meeting, drawn with the same video-grid layout the live meeting uses. */
function preview() {
  const people = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Katherine Johnson'];
  return h('div', { class: 'hero-preview', 'aria-hidden': 'true' },
    h('div', { class: 'video-grid' },
      people.map((name) => h('div', { class: 'video-tile video-tile-placeholder' },
        avatar(name.replace(' ', '.'), { size: 'lg' }),
        h('span', { class: 'video-tile-name' }, name)))));
}
