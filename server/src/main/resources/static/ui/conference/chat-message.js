// One chat message as DOM: sender, time, "private" marker, and the text with http(s) links made clickable. Everything a person
// typed becomes text nodes (never innerHTML), so `<img src=x onerror=...>` shows as those characters and runs nothing.

import { h } from '../dom.js';
import { t } from '../strings.js';

/** Only absolute http(s) URLs become links: javascript: and data: URLs stay text. */
const LINK = /https?:\/\/[^\s<>"']+/g;
/** Punctuation that usually ends a sentence rather than the URL ("see https://x.org."). */
const TRAILING = /[.,;:!?)\]]+$/;

/** Text nodes and <a> elements for a message's text. */
export function linkified(text) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const url = match[0].replace(TRAILING, '');
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(h('a', { href: url, target: '_blank', rel: 'noopener noreferrer nofollow' }, url));
    last = match.index + url.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/**
 * @param {object} message the server's chat message {id, sent_at, from:{participant_id,name}, to, text, deleted}
 * @param {string} selfId this page's participant id (to say "you")
 */
export function chatMessageElement(message, selfId) {
  const mine = message.from.participant_id === selfId;
  const time = new Date(message.sent_at);
  const header = h('div', { class: 'chat-msg-head' },
    h('span', { class: 'chat-msg-from' }, mine ? t('call.you') : message.from.name),
    message.to ? h('span', { class: 'chat-msg-private' }, message.to.participant_id === selfId ? t('call.chat.privateToYou')
      : t('call.chat.privateTo', { name: message.to.name })) : null,
    h('time', { class: 'chat-msg-time', datetime: message.sent_at },
      time.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })));
  const body = h('div', { class: 'chat-msg-text' });
  const el = h('li', { class: 'chat-msg', dataset: { messageId: String(message.id) } }, header, body);
  if (mine) el.classList.add('is-mine');
  if (message.to) el.classList.add('is-private');
  showText(el, message);
  return el;
}

/** Replaces the text with "deleted" (the host deleted it) or the linkified text. */
export function showText(el, message) {
  const body = el.querySelector('.chat-msg-text');
  if (message.deleted) {
    el.classList.add('is-deleted');
    body.replaceChildren(t('call.chat.deleted'));
  } else {
    body.replaceChildren(...linkified(message.text));
  }
}
