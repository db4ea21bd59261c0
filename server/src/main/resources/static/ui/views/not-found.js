// Any path the router does not know (and a meeting link that cannot be one, such as /m/abc/join): say so in words and
// offer a way back. The server answers unknown page addresses with the app and status 404, so this page shows instead of
// raw problem+json.

import { h } from '../dom.js';
import { t } from '../strings.js';

export const notFoundRoute = {
  pattern: '/404',
  access: 'public',
  title: () => t('pages.notFound.pageTitle'),
  render({ user }) {
    return notFoundPage(user);
  },
};

/** The not-found page itself, for views that find out late that their address leads nowhere. */
export function notFoundPage(user) {
  return h('div', { class: 'page page-narrow' },
    h('section', { class: 'card empty-card', dataset: { state: 'not-found' } },
      h('h1', { tabindex: '-1' }, t('pages.notFound.title')),
      h('p', {}, t('pages.notFound.text')),
      h('a', { class: 'btn btn-primary', href: user ? '/home' : '/' }, user ? t('pages.notFound.home') : t('pages.notFound.start'))));
}
