// Any path the router does not know: say so in words and offer a way back.

import { h } from '../dom.js';

export const notFoundRoute = {
  pattern: '/404',
  access: 'public',
  title: 'Page not found · Parley',
  render({ user }) {
    return h('div', { class: 'page page-narrow' },
      h('section', { class: 'card empty-card' },
        h('h1', { tabindex: '-1' }, 'Page not found'),
        h('p', {}, 'The address may be mistyped, or the page has moved.'),
        h('a', { class: 'btn btn-primary', href: user ? '/home' : '/' }, user ? 'Go to home' : 'Go to the start page')));
  },
};
