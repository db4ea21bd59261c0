// Host controls, raised hands and reactions on the meeting page (docs/protocol.md "Host controls, hands and reactions").
// Adds "Participants" (with the number of people), "Raise hand" and "Reactions" to the control bar, keeps the participant
// panel current, and obeys the host: "muted by host" stops our microphone (the server has already stopped forwarding it),
// "removed" ends the call.

import { h } from '../dom.js';
import { t } from '../strings.js';
import { confIcon } from './icons.js';
import { participantsPanel } from './participants-panel.js';
import { reactionPicker, showReaction } from './reactions.js';
import { sidePanel } from './side-panels.js';

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
  const panel = participantsPanel({ send: (type, fields) => request(type, fields), onClose: () => setPanelOpen(false) });
  const side = sidePanel(view.el, 'people', () => setPanelOpen(false));
  const count = h('span', { class: 'conf-btn-badge mod-count', 'aria-hidden': 'true' });
  const peopleButton = h('button', { type: 'button', class: 'conf-btn mod-toggle', 'aria-pressed': 'false',
    'aria-label': t('call.people'), title: t('call.people'), onclick: () => setPanelOpen(panel.el.hidden) },
  confIcon('people'), count);
  const handButton = h('button', { type: 'button', class: 'conf-btn mod-hand-btn', 'aria-label': t('call.hand.raise'),
    title: t('call.hand.raise'), onclick: () => request(myHand() ? 'lower_hand' : 'raise_hand') }, confIcon('hand'));
  const reactions = reactionPicker((emoji) => request('react', { emoji }));
  const buttons = [peopleButton, handButton, reactions.button];
  buttons.forEach((button) => { button.disabled = true; });
  view.controls.add(handButton, { keep: true });
  view.controls.add(reactions.button);
  view.controls.add(peopleButton, { place: 'end' });
  view.el.append(panel.el, reactions.palette, notice, error);

  const selfId = () => session.participantId;
  const myHand = () => state.hands.includes(selfId());
  const micButton = () => view.controls.mic;

  session.on('joined', ({ participants }) => {
    buttons.forEach((button) => { button.disabled = false; });
    screens.clear();
    participants.forEach((p) => p.producers.filter((x) => x.source === 'screen').forEach((x) => screens.set(x.id, p.id)));
    refresh();
  });
  // The panel is drawn from the tiles, which change on these events (and on media arriving after a rejoin, with no
  // signaling message after it): redraw after the tiles' own listeners ran.
  for (const event of ['joined', 'participant-joined', 'participant-left', 'track', 'track-ended', 'producer-state', 'reset']) {
    session.on(event, () => setTimeout(refresh, 0));
  }
  // Leaving ends the count at once (no signaling message follows to trigger a redraw).
  session.on('state', ({ state: now }) => { if (now === 'left') refresh(); });
  signaling.on('producer_added', (m) => { if (m.producer.source === 'screen') screens.set(m.producer.id, m.participant_id); });
  signaling.on('producer_removed', (m) => screens.delete(m.producer_id));
  signaling.on('moderation', (m) => { state = m; markHands(); });
  signaling.on('muted_by_host', (m) => mutedByHost(m));
  signaling.on('unmute_allowed', (m) => {
    micButton().disabled = false;
    say(t('call.host.unmuteAllowed', { by: m.by }));
  });
  signaling.on('video_stopped_by_host', (m) => {
    view.controls.setCamera(false);
    view.setCamera(false);
    say(t('call.host.videoStopped', { by: m.by }));
  });
  signaling.on('reaction', (m) => {
    const tile = m.participant_id === selfId() ? view.selfTile : view.tiles.get(m.participant_id);
    if (tile) showReaction(tile, m.emoji);
  });
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
    say(t(hard ? 'call.host.mutedHard' : 'call.host.mutedSoft', { by }));
    await session.setMicrophoneEnabled(false);
    const mic = micButton();
    mic.disabled = hard;
    mic.addEventListener('click', () => { delete view.el.dataset.mutedByHost; notice.hidden = true; }, { once: true });
  }

  function removed({ by, reason }) {
    // Close first: the server closes the socket next, and the client must not reconnect and knock again.
    signaling.close();
    session.leave();
    view.controls.setDisabled(true);
    buttons.forEach((button) => { button.disabled = true; });
    setPanelOpen(false);
    reactions.close();
    view.tools?.stop();
    view.el.dataset.phase = 'removed';
    view.stage.replaceChildren(h('div', { class: 'conf-left mod-removed-page' },
      h('h2', {}, t('call.removed.title')),
      h('p', {}, t('call.removed.reason', { reason, by })),
      h('a', { class: 'btn conf-btn-secondary', href: '/home' }, t('call.home'))));
    view.showState('left', t('call.removed.state'));
  }

  /** Hand badges on the tiles: the queue position, visible to everyone. */
  function markHands() {
    const tiles = [[selfId(), view.selfTile], ...view.tiles.entries()];
    for (const [id, tile] of tiles) {
      const position = state.hands.indexOf(id) + 1;
      tile.el.dataset.hand = position ? String(position) : '';
      tile.el.querySelector('.mod-hand')?.remove();
      if (position) {
        tile.el.append(h('span', { class: 'mod-hand', title: t('call.hand.position', { position }) }, confIcon('hand'),
          String(position)));
      }
    }
    const label = t(myHand() ? 'call.hand.lower' : 'call.hand.raise');
    handButton.setAttribute('aria-label', label);
    handButton.setAttribute('title', label);
    handButton.setAttribute('aria-pressed', String(myHand()));
    refresh();
  }

  /** Rebuilds the panel and the count from the roster as it is now (the tiles and the moderation state). */
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
    // After leaving (or removal) nobody is counted: the bar must not keep the call's last number.
    count.textContent = people.length && !session.left ? String(people.length) : '';
    peopleButton.title = people.length ? t('call.people.count', { count: people.length }) : t('call.people');
    panel.render({ selfId: me, amHost: state.hosts.includes(me), people, removed: state.removed || [] });
  }

  function setPanelOpen(open) {
    panel.el.hidden = !open;
    peopleButton.setAttribute('aria-pressed', String(open));
    if (open) {
      side.opened();
      refresh();
      panel.focus();
    } else {
      side.closed();
    }
  }

  function say(text) {
    notice.textContent = text;
    notice.hidden = false;
  }
}
