// One person on the stage: their video, or their initials while the camera is off; their name; a muted-mic badge; a pin
// button (shown on hover or focus, always on touch screens) that asks the stage layout to show this tile large.
// Remote audio plays through the tile's own unmuted <audio> element (Chromium reports received audio energy only for
// played tracks, and a muted <video> could not carry it).

import { h } from '../dom.js';
import { avatar } from '../header.js';
import { t } from '../strings.js';
import { confIcon } from './icons.js';
import { shownName } from './names.js';

export class Tile {
  /**
   * @param {object} options
   * @param {string} options.participantId
   * @param {string} options.name the participant's name (data-name; initials).
   * @param {boolean} [options.guest] joined without an account: the label says "Name (guest)".
   * @param {boolean} [options.self] the local preview: mirrored, never plays audio.
   */
  constructor({ participantId, name, guest = false, self = false }) {
    /** The name as shown everywhere (label, participants panel, chat). */
    this.shownName = shownName({ name, guest });
    this.video = h('video', { autoplay: true, playsinline: true, muted: true, class: 'conf-tile-video' });
    this.video.muted = true;
    // The self view in the corner takes the camera's own shape (a phone's camera is portrait), so nothing is cropped.
    this.video.addEventListener('resize', () => {
      const { videoWidth: w, videoHeight: h2 } = this.video;
      if (w && h2) this.el.style.setProperty('--video-aspect', `${w} / ${h2}`);
    });
    this.audio = self ? null : h('audio', { autoplay: true, class: 'conf-tile-audio' });
    this.micBadge = h('span', { class: 'conf-tile-mic', title: t('call.tile.micOff') }, confIcon('micOff'));
    this.pinButton = self ? null : h('button', { type: 'button', class: 'conf-tile-pin', 'aria-pressed': 'false',
      onclick: () => this.el.dispatchEvent(new CustomEvent('conf-pin', { bubbles: true, detail: { participantId } })) },
    confIcon('pin'));
    this.el = h('div', {
      class: `video-tile conf-tile${self ? ' conf-tile-self' : ''}`,
      dataset: { participantId, name, guest: String(guest), camera: 'off', mic: 'on' },
      role: 'group',
      'aria-label': self ? t('call.tile.you', { name }) : this.shownName,
    },
    h('div', { class: 'conf-tile-placeholder' }, avatar(name, { size: 'lg' })),
    this.video,
    this.audio,
    this.pinButton,
    h('div', { class: 'video-tile-name conf-tile-name' }, this.micBadge, h('span', {}, self ? t('call.you') : this.shownName)));
    this.videoTrack = null;
    this.setPinned(false);
    this.cameraPaused = false;
  }

  setVideoTrack(track) {
    this.videoTrack = track;
    this.video.srcObject = track ? new MediaStream([track]) : null;
    this.refreshCamera();
  }

  setAudioTrack(track) {
    if (!this.audio) return;
    this.audio.srcObject = track ? new MediaStream([track]) : null;
    if (track) this.audio.play().catch(() => {});
  }

  /** The owner turned the camera off (or on): show initials instead of a frozen frame. */
  setCameraPaused(paused) {
    this.cameraPaused = paused;
    this.refreshCamera();
  }

  setPinned(pinned) {
    if (!this.pinButton) return;
    const label = t(pinned ? 'call.tile.unpin' : 'call.tile.pin', { name: this.shownName });
    this.pinButton.setAttribute('aria-label', label);
    this.pinButton.setAttribute('title', label);
    this.pinButton.setAttribute('aria-pressed', String(pinned));
    this.el.dataset.pinned = String(pinned);
  }

  setMicMuted(muted) {
    this.el.dataset.mic = muted ? 'off' : 'on';
  }

  /** Their connection dropped and their seat waits for them: the tile stays, marked, until they are back or leave. */
  setReconnecting(reconnecting) {
    this.el.dataset.connection = reconnecting ? 'reconnecting' : 'ok';
    this.el.setAttribute('aria-label', reconnecting
      ? t('connection.participantReconnectingLabel', { name: this.shownName }) : this.shownName);
    this.reconnectingBadge ??= this.el.appendChild(h('div', { class: 'conf-tile-reconnecting', role: 'status' },
      t('connection.participantReconnecting')));
    this.reconnectingBadge.hidden = !reconnecting;
  }

  refreshCamera() {
    const on = Boolean(this.videoTrack) && !this.cameraPaused;
    this.el.dataset.camera = on ? 'on' : 'off';
    if (on) this.video.play().catch(() => {});
  }

  remove() {
    this.setVideoTrack(null);
    this.setAudioTrack(null);
    this.el.remove();
  }
}
