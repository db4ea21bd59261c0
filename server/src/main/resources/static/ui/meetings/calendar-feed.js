// "Calendar feed" on the dashboard: a secret URL that calendar apps (Google, Outlook, Apple) subscribe to. The server
// shows it only once; a new one replaces the old, and "Stop sharing" makes it stop working.

import { h } from '../dom.js';
import { t } from '../strings.js';
import { meetingsApi } from './meetings-api.js';

export function calendarFeedCard() {
  const body = h('div', { class: 'mt-feed' });
  const status = h('p', { class: 'mt-muted', role: 'status' });
  const showIntro = () => body.replaceChildren(
    h('p', { class: 'mt-muted' }, t('pages.feed.intro')),
    h('div', { class: 'mt-feed-actions' }, action(t('pages.feed.get'), create)), status);
  const showUrl = (url) => body.replaceChildren(
    h('p', { class: 'mt-muted' }, t('pages.feed.paste')),
    h('code', { class: 'mt-feed-url', id: 'calendar-feed-url' }, url),
    h('div', { class: 'mt-feed-actions' },
      action(t('pages.feed.copy'), async () => {
        await navigator.clipboard.writeText(url);
        status.textContent = t('pages.info.linkCopied');
      }),
      action(t('pages.feed.new'), create),
      action(t('pages.feed.stop'), async () => {
        await meetingsApi.revokeFeed();
        showIntro();
        status.textContent = t('pages.feed.stopped');
      })),
    status);
  async function create() {
    const feed = await meetingsApi.createFeed();
    showUrl(feed.url);
  }
  function action(label, run) {
    const button = h('button', { type: 'button', class: 'btn btn-secondary btn-sm' }, label);
    button.addEventListener('click', async () => {
      button.disabled = true;
      status.textContent = '';
      try {
        await run();
      } catch (error) {
        status.textContent = error.detail || t('pages.feed.failed');
      } finally {
        button.disabled = false;
      }
    });
    return button;
  }
  showIntro();
  return h('section', { class: 'card mt-section', id: 'mt-calendar', 'aria-labelledby': 'mt-calendar-title' },
    h('h3', { class: 'mt-section-title', id: 'mt-calendar-title' }, t('pages.feed.title')), body);
}
