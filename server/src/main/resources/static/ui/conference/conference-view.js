// "/c/:id": the meeting page. A green room (green-room.js: preview, devices, "Join now", which also gives the page the user
// gesture that unmuted audio playback needs), then the stage: remote tiles in a responsive grid, the local preview in a
// corner, and the control bar.
// All media and signaling logic is in ../../protocol/peer-session.js; this file only maps its events to tiles.

import { api } from '../../protocol/api.js';
import { PeerSession } from '../../protocol/peer-session.js';
import { SignalingClient, signalingUrl } from '../../protocol/signaling.js';
import { h } from '../dom.js';
import { t } from '../strings.js';
import { attachCallTools } from './call-tools.js';
import { controlBar } from './controls.js';
import { attachChat } from './chat-panel.js';
import { attachDeviceSettings } from './device-dialog.js';
import { greenRoom } from './green-room.js';
import { autoLayout } from './layout.js';
import { LocalMedia } from './local-media.js';
import { attachModeration } from './participants-moderation.js';
import { attachScreenShare } from './screen-share.js';
import { Tile } from './tile.js';
import { attachUnsupportedVideo } from './unsupported-video.js';

/** Space between remote tiles (CSS px); conference.css uses the same value. */
const TILE_GAP = 8;
/** Refresh the access token this long before it expires, so a hello never carries a token about to lapse (ms). */
const TOKEN_MARGIN_MS = 10_000;

/** The connection states of peer-session.js, as words (keys of ui/strings.js). */
const STATES = ['connecting', 'connected', 'reconnecting', 'failed', 'left'];
const stateText = (state) => (STATES.includes(state) ? t(`call.state.${state}`) : state);

export const conferenceRoute = {
  pattern: '/c/:id',
  access: 'user',
  title: t('call.pageTitle'),
  render({ params, user, navigate }) {
    return new ConferenceView(decodeURIComponent(params.id), user, navigate).el;
  },
};

/**
 * Exported for the meetings views (ui/meetings/room.js), which pass options: {getToken} for the signaling hello (a guest's
 * join token), {joinFields} (async () => extra fields of the join message: the meeting's join_token), {rejoinHref} (where
 * "Rejoin" leads after leaving: a meeting's join page), {chatActions} (extra buttons in the chat panel's heading), {title}
 * (the meeting's title) and {displayName} (the name the server will show the others).
 */
export class ConferenceView {
  constructor(conferenceId, user, navigate, options = {}) {
    this.options = options;
    this.conferenceId = conferenceId;
    this.user = user;
    this.navigate = navigate;
    this.tiles = new Map();
    this.names = new Map();
    this.stateText = h('span', { class: 'conf-state-text' }, t('call.state.idle'));
    this.state = h('div', { class: 'conf-state', role: 'status', 'aria-live': 'polite', dataset: { state: 'idle' } },
      h('span', { class: 'conf-state-dot', 'aria-hidden': 'true' }), this.stateText);
    this.grid = h('div', { class: 'conf-grid', role: 'region', 'aria-label': t('call.grid') });
    this.empty = h('div', { class: 'conf-empty', role: 'status' },
      h('span', { class: 'conf-empty-title' }, t('call.alone.title')),
      h('span', { class: 'conf-empty-hint' }, t('call.alone.hint')));
    this.selfCorner = h('div', { class: 'conf-self' });
    this.selfTile = new Tile({ participantId: 'self', name: user.username, self: true });
    this.clock = h('span', { class: 'conf-clock' });
    this.controls = controlBar({
      onMicrophone: (on) => this.media?.setEnabled('audio', on),
      onCamera: (on) => this.setCamera(on),
      onLeave: () => this.leave(),
    });
    this.title = options.title || t('greenroom.roomTitle', { id: conferenceId });
    this.stage = h('div', { class: 'conf-stage' });
    // The bar's left side: the time and the meeting's title (the page's h1).
    this.el = h('div', { class: 'conf', dataset: { conferenceId, phase: 'lobby' } },
      this.state,
      this.stage,
      h('div', { class: 'conf-bar' },
        h('div', { class: 'conf-bar-side' }, this.clock, h('span', { class: 'conf-bar-sep', 'aria-hidden': 'true' }, '|'),
          h('h1', { class: 'conf-title', tabindex: '-1' }, this.title)),
        this.controls.el,
        this.controls.end));
    this.tickClock();
    this.controls.setDisabled(true);
    this.watchRemoval();
    // Joining waits for the camera and microphone: a quick click must not publish before getUserMedia answered.
    this.devicesReady = this.preview();
  }

  async preview() {
    this.signaling = new SignalingClient({ url: signalingUrl(location), getToken: this.options.getToken || accessToken });
    this.session = new PeerSession({ signaling: this.signaling, conferenceId: this.conferenceId,
      joinFields: this.options.joinFields });
    // For the console and the browser tests: the live session (getStats of its two connections).
    window.parley = { conference: this.session };
    this.media = new LocalMedia({ session: this.session });
    this.lobby = greenRoom({ media: this.media, selfTile: this.selfTile, title: this.title,
      displayName: this.options.displayName || this.user.username, onJoin: () => this.join() });
    this.joinButton = this.lobby.joinButton;
    this.stage.replaceChildren(this.lobby.el);
    await this.media.open();
  }

  async join() {
    this.joinButton.disabled = true;
    this.el.dataset.phase = 'call';
    this.lobby.stop();
    this.stage.replaceChildren(this.grid, this.empty, this.selfCorner);
    this.refreshCount();
    this.stopLayout = autoLayout(this.grid, TILE_GAP);
    this.wire(this.session);
    this.showState('connecting');
    try {
      await this.devicesReady;
      await this.signaling.connect();
      await this.session.join();
      this.controls.setDisabled(false);
    } catch (error) {
      this.showState('failed', error.message);
    }
  }

  wire(session) {
    attachScreenShare({ session, root: this.el, stage: this.stage, controls: this.controls,
      nameOf: (id) => this.tiles.get(id)?.shownName || t('call.someone') });
    attachChat({ session, signaling: this.signaling, root: this.el, controls: this.controls,
      headActions: this.options.chatActions });
    attachModeration(this);
    attachUnsupportedVideo({ session, tileOf: (id) => this.tiles.get(id) });
    attachDeviceSettings({ media: this.media, session, controls: this.controls, root: this.el, selfTile: this.selfTile });
    session.on('state', ({ state, reason }) => this.showState(state, reason));
    session.on('joined', ({ participants }) => participants.forEach((p) => this.addParticipant(p)));
    session.on('participant-joined', ({ participant }) => this.addParticipant(participant));
    session.on('participant-left', ({ participantId }) => this.removeParticipant(participantId));
    session.on('participant-reconnecting', ({ participantId }) => this.tiles.get(participantId)?.setReconnecting(true));
    session.on('participant-reconnected', ({ participantId }) => this.tiles.get(participantId)?.setReconnecting(false));
    session.on('local-media', ({ microphone, camera }) => {
      this.controls.setMicrophone(microphone);
      this.controls.setCamera(camera);
      this.selfTile.setMicMuted(!microphone);
      this.selfTile.setCameraPaused(!camera);
    });
    session.on('reset', () => [...this.tiles.keys()].forEach((id) => this.removeParticipant(id)));
    session.on('track', ({ participantId, kind, source, track, producerId }) => {
      const tile = this.tiles.get(participantId) || this.addParticipant({ id: participantId, name: '…', producers: [] });
      if (kind === 'video' && source === 'camera') {
        tile.setVideoTrack(track);
        tile.cameraProducer = producerId;
      } else if (kind === 'audio' && source !== 'screen_audio') {
        tile.setAudioTrack(track);
      }
    });
    session.on('track-ended', ({ participantId, producerId }) => {
      const tile = this.tiles.get(participantId);
      if (tile && tile.cameraProducer === producerId) tile.setVideoTrack(null);
    });
    session.on('producer-state', ({ participantId, source, paused }) => {
      const tile = this.tiles.get(participantId);
      if (!tile) return;
      if (source === 'camera') tile.setCameraPaused(paused);
      if (source === 'microphone') tile.setMicMuted(paused);
    });
    this.tools = attachCallTools(this);
  }

  addParticipant({ id, name, guest = false, producers = [], reconnecting = false }) {
    let tile = this.tiles.get(id);
    if (!tile) {
      tile = new Tile({ participantId: id, name, guest });
      this.tiles.set(id, tile);
      this.grid.append(tile.el);
    }
    if (reconnecting) tile.setReconnecting(true);
    for (const producer of producers) {
      if (producer.source === 'camera') tile.setCameraPaused(producer.paused);
      if (producer.source === 'microphone') tile.setMicMuted(producer.paused);
    }
    this.refreshCount();
    return tile;
  }

  removeParticipant(id) {
    this.tiles.get(id)?.remove();
    this.tiles.delete(id);
    this.refreshCount();
  }

  /** Where the self view goes; the number of people is shown on the participants button (participants-moderation.js). */
  refreshCount() {
    this.el.dataset.others = String(this.tiles.size);
    // Alone, you are the stage (as in the green room); with others, your preview moves to the corner.
    const home = this.tiles.size === 0 ? this.grid : this.selfCorner;
    if (this.selfTile.el.parentNode !== home) home.append(this.selfTile.el);
  }

  async setCamera(on) {
    this.selfTile.setCameraPaused(!on);
    await this.media?.setEnabled('video', on);
  }

  showState(state, reason = '') {
    this.state.dataset.state = state;
    this.stateText.textContent = reason && state !== 'connected' ? `${stateText(state)}: ${reason}` : stateText(state);
    this.state.title = reason;
  }

  async leave() {
    this.controls.setDisabled(true);
    this.el.dataset.phase = 'left';
    this.media?.stop();
    this.tools?.stop();
    await this.session?.leave();
    this.session = null;
    this.stage.replaceChildren(h('div', { class: 'conf-left' },
      h('h2', {}, t('call.left.title')),
      h('div', { class: 'conf-left-actions' },
        h('a', { class: 'btn btn-primary', href: this.options.rejoinHref || `/c/${encodeURIComponent(this.conferenceId)}` },
          t('call.left.rejoin')),
        h('a', { class: 'btn conf-btn-secondary', href: '/home' }, t('call.home')))));
    this.showState('left');
  }

  /** The wall-clock time in the bar (hh:mm in the person's locale), updated every 10 s while the page is shown. */
  tickClock() {
    this.clock.textContent = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    if (this.el.isConnected || !this.clockStarted) {
      this.clockStarted = true;
      setTimeout(() => this.tickClock(), 10_000);
    }
  }

  /** The router replaced this page (back button, link): leave so the camera and the server objects are released. */
  watchRemoval() {
    const timer = setInterval(() => {
      if (this.el.isConnected || !this.session) {
        if (!this.session) clearInterval(timer);
        return;
      }
      clearInterval(timer);
      this.stopLayout?.();
      this.lobby?.stop();
      this.media?.stop();
      this.tools?.stop();
      this.session.leave();
    }, 1000);
    // Not a leave: a reload takes the seat back within the server's grace period (a closed tab's seat expires then).
    window.addEventListener('pagehide', () => this.session?.suspend(), { once: true });
  }
}

/** A valid access token for the signaling hello, refreshed first when it is about to expire. */
async function accessToken() {
  if (!api.session || Date.now() >= api.session.expiresAt - TOKEN_MARGIN_MS) await api.refresh();
  return api.session.accessToken;
}
