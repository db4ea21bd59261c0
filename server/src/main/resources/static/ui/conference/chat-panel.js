// The chat panel beside the video grid: a toggle button with an unread badge in the control bar, the history (the server
// pushes the newest page after every join and rejoin; older pages on demand), a recipient picker for private messages, and refusals in words. Messages go
// over the signaling socket (chat_send / chat_history / chat_delete, docs/protocol.md "Chat").

import { h } from '../dom.js';
import { chatMessageElement, showText } from './chat-message.js';
import { shownName } from './names.js';

/** Mirrors ChatText.MAX_CHARACTERS on the server (the server checks again). */
const MAX_CHARACTERS = 4000;
/** History page size asked for. */
const PAGE = 50;

/**
 * @param {object} options
 * @param {import('../../protocol/peer-session.js').PeerSession} options.session
 * @param {import('../../protocol/signaling.js').SignalingClient} options.signaling
 * @param {HTMLElement} options.root the .conf element; the panel is appended to it.
 * @param {HTMLElement} options.controls the control bar's toolbar: the toggle button is added to it.
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
    bubbleIcon(), badge);
  const list = h('ol', { class: 'chat-list', 'aria-live': 'polite', 'aria-label': 'Chat messages' });
  const more = h('button', { type: 'button', class: 'btn chat-more', hidden: true, onclick: () => loadOlder() }, 'Older messages');
  const picker = h('select', { class: 'chat-to', 'aria-label': 'Send to' }, h('option', { value: '' }, 'Everyone'));
  const input = h('textarea', { class: 'chat-input', rows: '2', maxlength: String(MAX_CHARACTERS * 2),
    placeholder: 'Write a message', 'aria-label': 'Message' });
  const error = h('p', { class: 'chat-error', role: 'alert' });
  const form = h('form', { class: 'chat-form' }, picker, input, error,
    h('button', { type: 'submit', class: 'btn btn-primary chat-send' }, 'Send'));
  const panel = h('aside', { class: 'chat-panel', 'aria-label': 'Chat', hidden: true },
    h('div', { class: 'chat-head' }, h('h2', {}, 'Chat'), ...headActions,
      h('button', { type: 'button', class: 'btn chat-close', 'aria-label': 'Close chat', onclick: () => setOpen(false) }, '×')),
    more, list, form);

  const refreshButton = () => {
    const label = `${open ? 'Close' : 'Open'} chat${unread ? ` (${unread} unread)` : ''}`;
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
      unread = 0;
      input.focus();
      list.lastElementChild?.scrollIntoView({ block: 'end' });
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
  const deleteButton = (id) => h('button', { type: 'button', class: 'chat-delete', 'aria-label': 'Delete message',
    title: 'Delete for everyone', onclick: async () => {
      try {
        await signaling.request('chat_delete', { message_id: id });
        markDeleted(id);
      } catch (e) {
        error.textContent = e.message;
      }
    } }, 'Delete');
  const markDeleted = (id) => {
    const el = shown.get(id);
    if (!el) return;
    showText(el, { deleted: true });
    el.querySelector('.chat-delete')?.remove();
  };
  const refreshPicker = () => {
    const chosen = picker.value;
    picker.replaceChildren(h('option', { value: '' }, 'Everyone'),
      ...[...people].map(([id, name]) => h('option', { value: id }, `${name} (private)`)));
    picker.value = people.has(chosen) ? chosen : '';
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input.value;
    if (!text.trim()) {
      error.textContent = 'Write something first.';
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
  controls.insertBefore(button, controls.lastElementChild);
  refreshButton();
  return { panel, button };
}

function bubbleIcon() {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'icon');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-4 4V5a2 2 0 0 1 2-2zm2 5v2h12V8zm0 4v2h8v-2z');
  svg.append(path);
  return svg;
}
