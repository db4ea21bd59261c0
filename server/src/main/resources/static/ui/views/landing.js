// "/" for signed-out visitors: what Parley is, and the two ways in (Create account, Sign in).

import { h, icon } from '../dom.js';
import { avatar } from '../header.js';

export const landingRoute = {
  pattern: '/',
  access: 'guest',
  title: 'Parley: video meetings on your own server',
  render() {
    return h('div', { class: 'landing' },
      h('section', { class: 'hero' },
        h('div', { class: 'hero-text' },
          h('h1', { class: 'hero-title', tabindex: '-1' }, 'Video meetings for your team, on your own server'),
          h('p', { class: 'hero-lead' },
            'Parley runs meetings with audio, video, screen sharing and chat right in the browser. ',
            'Nothing to install for your guests, and every byte stays on infrastructure you control.'),
          h('div', { class: 'hero-actions' },
            h('a', { class: 'btn btn-primary btn-lg', href: '/register' }, 'Create account'),
            h('a', { class: 'btn btn-secondary btn-lg', href: '/login' }, 'Sign in'))),
        preview()),
      h('section', { class: 'features', 'aria-label': 'Why Parley' },
        feature('video', 'Meet in the browser', 'Join from Chrome, Firefox, Edge or Safari. No plug-ins, no downloads.'),
        feature('lock', 'Your server, your data', 'Self-hosted: accounts, meetings and media never leave your network.'),
        feature('people', 'Built for small teams', 'Up to ten people per meeting, with screen sharing and chat.')));
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
