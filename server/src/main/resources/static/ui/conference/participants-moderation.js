// Host controls, raised hands and reactions on the meeting page (docs/protocol.md "Host controls, hands and reactions").
// Adds "Participants", "Raise hand" and "Reactions" to the control bar, keeps the participant panel current, and obeys the
// host: "muted by host" stops our microphone (the server has already stopped forwarding it), "removed" ends the call.

import { h } from '../dom.js';
import { confIcon } from './icons.js';
import { participantsPanel } from './participants-panel.js';

/** The emoji palette; the server accepts exactly these. */
const REACTIONS = ['👍', '👏', '❤️', '😂', '😮', '🎉'];
/** A raised hand (24×24 viewBox), drawn rather than the emoji, which machines without an emoji font show as a box. */
const HAND_PATH = 'M12 2a1.5 1.5 0 0 1 1.5 1.5V11h1V4.5a1.5 1.5 0 0 1 3 0V12h1V7.5a1.5 1.5 0 0 1 3 0V15a7 7 0 0 1-7 7h-1a7 '
  + '7 0 0 1-5.6-2.8L3.3 14.6a1.5 1.5 0 0 1 2.4-1.8L7.5 15V5.5a1.5 1.5 0 0 1 3 0V11h0V3.5A1.5 1.5 0 0 1 12 2z';
/** How long a reaction floats over its tile (ms): long enough to notice, short enough not to clutter. */
const REACTION_MS = 4000;

/**
 * @param {import('./conference-view.js').ConferenceView} view the meeting page (its session, signaling, tiles and controls).
 */
export function attachModeration(view) {
  const { session, signaling } = view;
  let state = { hosts: [], hands: [], hard_muted: [], removed: [] };
  /** Screen Producers of the others: producer id → participant id. */
  const screens = new Map();
  const sharing = { has: (id) => [...screens.values()].includes(id) };
  const notice = h('p', { class: 'mod-notice', role: 'status', 'aria-live': 'polite', hidden: true });
  const error = h('p', { class: 'mod-error', role: 'alert', hidden: true });
  const panel = participantsPanel({ send: (type, fields) => request(type, fields) });
  const peopleButton = h('button', { type: 'button', class: 'conf-btn mod-toggle', 'aria-pressed': 'false',
    'aria-label': 'Participants', title: 'Participants', onclick: () => togglePanel() }, confIcon('people'));
  const handButton = h('button', { type: 'button', class: 'conf-btn mod-hand-btn', 'aria-label': 'Raise hand',
    title: 'Raise hand', onclick: () => request(myHand() ? 'lower_hand' : 'raise_hand') }, handIcon());
  const palette = h('div', { class: 'mod-palette', role: 'group', 'aria-label': 'Reactions', hidden: true },
    REACTIONS.map((emoji) => h('button', { type: 'button', class: 'mod-emoji', 'aria-label': `React ${emoji}`,
      onclick: () => request('react', { emoji }) }, emoji)));
  const reactButton = h('button', { type: 'button', class: 'conf-btn mod-react-btn', 'aria-label': 'Reactions',
    title: 'Reactions', 'aria-expanded': 'false', onclick: () => togglePalette() }, '😊');
  const buttons = [peopleButton, handButton, reactButton];
  buttons.forEach((button) => { button.disabled = true; });
  view.controls.el.append(...buttons, palette);
  view.el.append(panel.el, notice, error);

  const selfId = () => session.participantId;
  const myHand = () => state.hands.includes(selfId());
  const micButton = () => view.controls.el.querySelector('.conf-btn[aria-label$="microphone"]');

  session.on('joined', ({ participants }) => {
    buttons.forEach((button) => { button.disabled = false; });
    screens.clear();
    participants.forEach((p) => p.producers.filter((x) => x.source === 'screen').forEach((x) => screens.set(x.id, p.id)));
    refresh();
  });
  signaling.on('producer_added', (m) => { if (m.producer.source === 'screen') screens.set(m.producer.id, m.participant_id); });
  signaling.on('producer_removed', (m) => screens.delete(m.producer_id));
  signaling.on('moderation', (m) => { state = m; markHands(); });
  signaling.on('muted_by_host', (m) => mutedByHost(m));
  signaling.on('unmute_allowed', (m) => {
    const mic = micButton();
    if (mic) mic.disabled = false;
    say(`${m.by} allowed you to unmute your microphone.`);
  });
  signaling.on('video_stopped_by_host', (m) => {
    view.controls.setCamera(false);
    view.setCamera(false);
    say(`Your video was stopped by the host (${m.by}). You can turn your camera on again.`);
  });
  signaling.on('reaction', (m) => showReaction(m.participant_id, m.emoji));
  signaling.on('removed', (m) => removed(m));
  // Any event may change what the panel shows (tiles update first, in their own listeners).
  signaling.on('*', () => setTimeout(refresh, 0));

  async function request(type, fields = {}) {
    error.hidden = true;
    try {
      await signaling.request(type, fields);
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
    }
  }

  async function mutedByHost({ by, hard }) {
    view.controls.setMicrophone(false);
    view.selfTile.setMicMuted(true);
    view.el.dataset.mutedByHost = hard ? 'hard' : 'soft';
    say(hard ? `You were muted by host ${by}. You can unmute when the host allows it.`
      : `You were muted by host ${by}. You can unmute yourself.`);
    await session.setMicrophoneEnabled(false);
    const mic = micButton();
    if (mic) mic.disabled = hard;
    mic?.addEventListener('click', () => { delete view.el.dataset.mutedByHost; notice.hidden = true; }, { once: true });
  }

  function removed({ by, reason }) {
    // Close first: the server closes the socket next, and the client must not reconnect and knock again.
    signaling.close();
    session.leave();
    view.controls.setDisabled(true);
    buttons.forEach((button) => { button.disabled = true; });
    panel.el.hidden = true;
    view.el.dataset.phase = 'removed';
    view.stage.replaceChildren(h('div', { class: 'conf-left mod-removed-page' },
      h('h2', {}, 'You were removed from this meeting'),
      h('p', {}, `${reason} (${by})`),
      h('a', { class: 'btn conf-btn-secondary', href: '/home' }, 'Return to home')));
    view.showState('left', 'removed by the host');
  }

  function showReaction(participantId, emoji) {
    const tile = participantId === selfId() ? view.selfTile : view.tiles.get(participantId);
    if (!tile) return;
    const bubble = h('span', { class: 'mod-reaction', role: 'img', 'aria-label': `reaction ${emoji}` }, emoji);
    tile.el.append(bubble);
    setTimeout(() => bubble.remove(), REACTION_MS);
  }

  /** Hand badges on the tiles: the queue position, visible to everyone. */
  function markHands() {
    const tiles = [[selfId(), view.selfTile], ...view.tiles.entries()];
    for (const [id, tile] of tiles) {
      const position = state.hands.indexOf(id) + 1;
      tile.el.dataset.hand = position ? String(position) : '';
      tile.el.querySelector('.mod-hand')?.remove();
      if (position) {
        tile.el.append(h('span', { class: 'mod-hand', title: `Hand raised (#${position})` }, handIcon(), String(position)));
      }
    }
    handButton.setAttribute('aria-label', myHand() ? 'Lower hand' : 'Raise hand');
    handButton.setAttribute('aria-pressed', String(myHand()));
    refresh();
  }

  function refresh() {
    const me = selfId();
    const person = (id, name, mic, camera, self) => ({ id, name, self, mic, camera, host: state.hosts.includes(id),
      sharing: self ? session.sharingScreen === true : sharing.has(id), hand: state.hands.indexOf(id) + 1,
      hardMuted: state.hard_muted.includes(id) });
    const people = me ? [person(me, view.user.username, session.microphoneEnabled === false ? 'off' : 'on',
      session.cameraEnabled === false ? 'off' : 'on', true)] : [];
    for (const [id, tile] of view.tiles) {
      people.push(person(id, tile.shownName, tile.el.dataset.mic, tile.el.dataset.camera, false));
    }
    panel.render({ selfId: me, amHost: state.hosts.includes(me), people, removed: state.removed || [] });
  }

  function togglePanel() {
    panel.el.hidden = !panel.el.hidden;
    peopleButton.setAttribute('aria-pressed', String(!panel.el.hidden));
    refresh();
  }

  function togglePalette() {
    palette.hidden = !palette.hidden;
    reactButton.setAttribute('aria-expanded', String(!palette.hidden));
  }

  function say(text) {
    notice.textContent = text;
    notice.hidden = false;
  }
}

function handIcon() {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'icon');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', HAND_PATH);
  svg.append(path);
  return svg;
}
