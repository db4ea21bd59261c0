// The chat panel beside the video grid: a toggle button with an unread badge in the control bar, the history (the server
// pushes the newest page after every join and rejoin; older pages on demand), a recipient picker for private messages, and refusals in words. Messages go
// over the signaling socket (chat_send / chat_history / chat_delete, docs/protocol.md "Chat").

import { h } from '../dom.js';
import { t } from '../strings.js';
import { chatMessageElement, showText } from './chat-message.js';
import { confIcon } from './icons.js';
import { shownName } from './names.js';
import { sidePanel } from './side-panels.js';

/** Mirrors ChatText.MAX_CHARACTERS on the server (the server checks again). */
const MAX_CHARACTERS = 4000;
/** History page size asked for. */
const PAGE = 50;

/**
 * @param {object} options
 * @param {import('../../protocol/peer-session.js').PeerSession} options.session
 * @param {import('../../protocol/signaling.js').SignalingClient} options.signaling
 * @param {HTMLElement} options.root the .conf element; the panel is appended to it.
 * @param {ReturnType<import('./controls.js').controlBar>} options.controls the control bar: the toggle goes to its end group.
 * @param {Node[]} [options.headActions] extra buttons beside the heading (the host's "Export").
 */
export function attachChat({ session, signaling, root, controls, headActions = [] }) {
  let selfId = null;
  let canDelete = false;
  let open = false;
  let unread = 0;
  let oldestId = null;
  const shown = new Map();
  const people = new Map();

  const badge = h('span', { class: 'chat-badge', hidden: true, 'aria-hidden': 'true' });
  const button = h('button', { type: 'button', class: 'conf-btn chat-toggle', 'aria-pressed': 'false', disabled: true },
    confIcon('chat'), badge);
  const list = h('ol', { class: 'chat-list', 'aria-live': 'polite', 'aria-label': t('call.chat.messages') });
  const more = h('button', { type: 'button', class: 'btn chat-more', hidden: true, onclick: () => loadOlder() }, t('call.chat.older'));
  const picker = h('select', { class: 'chat-to', 'aria-label': t('call.chat.to') }, h('option', { value: '' }, t('call.chat.everyone')));
  const input = h('textarea', { class: 'chat-input', rows: '2', maxlength: String(MAX_CHARACTERS * 2),
    placeholder: t('call.chat.placeholder'), 'aria-label': t('call.chat.message') });
  const error = h('p', { class: 'chat-error', role: 'alert' });
  const form = h('form', { class: 'chat-form' }, picker, input, error,
    h('button', { type: 'submit', class: 'btn btn-primary chat-send' }, t('call.chat.send')));
  const panel = h('aside', { class: 'chat-panel side-panel', 'aria-label': t('call.chat.title'), hidden: true },
    h('div', { class: 'side-panel-head' }, h('h2', {}, t('call.chat.title')), ...headActions,
      h('button', { type: 'button', class: 'side-panel-close chat-close', 'aria-label': t('call.chat.close'),
        title: t('call.chat.close'), onclick: () => setOpen(false) }, '×')),
    more, list, form);
  const side = sidePanel(root, 'chat', () => setOpen(false));

  const refreshButton = () => {
    const label = unread ? t(open ? 'call.chat.closeUnread' : 'call.chat.openUnread', { unread })
      : t(open ? 'call.chat.close' : 'call.chat.open');
    button.setAttribute('aria-label', label);
    button.setAttribute('title', label);
    button.setAttribute('aria-pressed', String(open));
    badge.hidden = unread === 0;
    badge.textContent = unread > 99 ? '99+' : String(unread);
  };
  const setOpen = (value) => {
    open = value;
    panel.hidden = !open;
    root.dataset.chatOpen = String(open);
    if (open) {
      side.opened();
      unread = 0;
      input.focus();
      list.lastElementChild?.scrollIntoView({ block: 'end' });
    } else {
      side.closed();
    }
    refreshButton();
  };
  const add = (message, { atTop = false } = {}) => {
    if (shown.has(message.id)) return;
    const el = chatMessageElement(message, selfId);
    if (canDelete && !message.deleted) el.append(deleteButton(message.id));
    shown.set(message.id, el);
    if (atTop) list.prepend(el); else list.append(el);
    if (oldestId === null || message.id < oldestId) oldestId = message.id;
  };
  const showPage = (page, atTop) => {
    const messages = atTop ? [...page.messages].reverse() : page.messages;
    messages.forEach((m) => add(m, { atTop }));
    more.hidden = !page.has_more;
  };
  /**
   * The newest page, pushed by the server right after joined (no request id): it replaces what was shown, keeping messages
   * that arrived live while the server was reading the page (they are newer than it).
   */
  const showLatest = (page) => {
    const newest = page.messages.reduce((max, m) => Math.max(max, m.id), 0);
    const live = [...shown].filter(([id]) => id > newest);
    list.replaceChildren();
    shown.clear();
    oldestId = null;
    canDelete = page.can_delete === true;
    showPage(page, false);
    for (const [id, el] of live) {
      shown.set(id, el);
      list.append(el);
    }
    list.lastElementChild?.scrollIntoView({ block: 'end' });
  };
  const loadOlder = async () => {
    try {
      showPage(await signaling.request('chat_history', { limit: PAGE, before_id: oldestId }), true);
    } catch (e) {
      error.textContent = e.message;
    }
  };
  const deleteButton = (id) => h('button', { type: 'button', class: 'chat-delete', 'aria-label': t('call.chat.delete'),
    title: t('call.chat.deleteTitle'), onclick: async () => {
      try {
        await signaling.request('chat_delete', { message_id: id });
        markDeleted(id);
      } catch (e) {
        error.textContent = e.message;
      }
    } }, t('call.chat.deleteShort'));
  const markDeleted = (id) => {
    const el = shown.get(id);
    if (!el) return;
    showText(el, { deleted: true });
    el.querySelector('.chat-delete')?.remove();
  };
  const refreshPicker = () => {
    const chosen = picker.value;
    picker.replaceChildren(h('option', { value: '' }, t('call.chat.everyone')),
      ...[...people].map(([id, name]) => h('option', { value: id }, t('call.chat.private', { name }))));
    picker.value = people.has(chosen) ? chosen : '';
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input.value;
    if (!text.trim()) {
      error.textContent = t('call.chat.empty');
      return;
    }
    error.textContent = '';
    const fields = picker.value ? { text, to: picker.value } : { text };
    try {
      const reply = await signaling.request('chat_send', fields);
      add(reply.message);
      input.value = '';
      list.lastElementChild?.scrollIntoView({ block: 'end' });
    } catch (e) {
      error.textContent = e.message;
    }
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  button.addEventListener('click', () => setOpen(!open));

  session.on('joined', ({ participantId, participants }) => {
    selfId = participantId;
    people.clear();
    participants.forEach((p) => people.set(p.id, shownName(p)));
    refreshPicker();
    button.disabled = false;
  });
  session.on('participant-joined', ({ participant }) => { people.set(participant.id, shownName(participant)); refreshPicker(); });
  signaling.on('chat_history', (page) => {
    if (page.id === undefined) showLatest(page);
  });
  session.on('participant-left', ({ participantId }) => { people.delete(participantId); refreshPicker(); });
  signaling.on('chat_message', ({ message }) => {
    add(message);
    if (open) list.lastElementChild?.scrollIntoView({ block: 'end' });
    else unread += 1;
    refreshButton();
  });
  signaling.on('chat_deleted', ({ message_id: id }) => markDeleted(id));

  root.append(panel);
  controls.add(button, { place: 'end' });
  refreshButton();
  return { panel, button };
}
