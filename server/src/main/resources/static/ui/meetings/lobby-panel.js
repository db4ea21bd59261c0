// The host's lobby panel: who is waiting to be let in, with Admit and Reject. Lives over the call; hidden while empty.
// Speaks the lobby messages of docs/protocol.md: watch_lobby → lobby {waiting}; then lobby_knock and lobby_left.

import { h } from '../dom.js';
import { t } from '../strings.js';

/**
 * @param {object} options
 * @param {import('../../protocol/signaling.js').SignalingClient} options.signaling the host's socket (not yet open).
 * @param {string} options.conferenceId
 */
export function lobbyPanel({ signaling, conferenceId }) {
  const list = h('ul', { class: 'mt-lobby-list' });
  const title = h('h2', { class: 'mt-lobby-title' });
  const el = h('aside', { class: 'mt-lobby-panel', 'aria-label': t('pages.badge.lobby'), 'aria-live': 'polite', hidden: true }, title, list);
  const waiting = new Map();

  const render = () => {
    el.hidden = waiting.size === 0;
    title.textContent = waiting.size === 1 ? t('pages.lobbyPanel.one') : t('pages.lobbyPanel.many', { count: waiting.size });
    list.replaceChildren(...[...waiting.values()].map((person) => row(person)));
  };
  const answer = async (person, type) => {
    waiting.delete(person.request_id);
    render();
    try {
      await signaling.request(type, { conference_id: conferenceId, request_id: person.request_id });
    } catch (error) {
      console.warn(`lobby ${type} failed`, error);
    }
  };
  const row = (person) => h('li', { class: 'mt-lobby-row', dataset: { requestId: person.request_id } },
    h('span', { class: 'mt-lobby-name' }, person.display_name, person.guest ? h('span', { class: 'mt-lobby-guest' }, ` ${t('pages.lobbyPanel.guest')}`) : null),
    h('span', { class: 'mt-lobby-actions' },
      h('button', { type: 'button', class: 'btn btn-primary btn-sm', onclick: () => answer(person, 'admit') }, t('pages.lobbyPanel.admit')),
      h('button', { type: 'button', class: 'btn btn-secondary btn-sm', onclick: () => answer(person, 'reject') }, t('pages.lobbyPanel.reject'))));

  const watch = async () => {
    try {
      const reply = await signaling.request('watch_lobby', { conference_id: conferenceId });
      waiting.clear();
      reply.waiting.forEach((person) => waiting.set(person.request_id, person));
      render();
    } catch (error) {
      console.warn('could not watch the lobby', error);
    }
  };
  signaling.on('open', watch);
  signaling.on('reconnected', watch);
  signaling.on('lobby_knock', (person) => {
    waiting.set(person.request_id, person);
    render();
  });
  signaling.on('lobby_left', ({ request_id: requestId }) => {
    waiting.delete(requestId);
    render();
  });
  return { el };
}
