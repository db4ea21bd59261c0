// One person on the stage: their video, or their initials while the camera is off; their name; a muted-mic badge.
// Remote audio plays through the tile's own unmuted <audio> element (Chromium reports received audio energy only for
// played tracks, and a muted <video> could not carry it).

import { h } from '../dom.js';
import { avatar } from '../header.js';
import { confIcon } from './icons.js';
import { shownName } from './names.js';
import { t } from '../strings.js';

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
    this.audio = self ? null : h('audio', { autoplay: true, class: 'conf-tile-audio' });
    this.micBadge = h('span', { class: 'conf-tile-mic', title: 'Microphone off' }, confIcon('micOff'));
    this.el = h('div', {
      class: `video-tile conf-tile${self ? ' conf-tile-self' : ''}`,
      dataset: { participantId, name, guest: String(guest), camera: 'off', mic: 'on' },
      role: 'group',
      'aria-label': self ? `${name} (you)` : this.shownName,
    },
    h('div', { class: 'conf-tile-placeholder' }, avatar(name, { size: 'lg' })),
    this.video,
    this.audio,
    h('div', { class: 'video-tile-name conf-tile-name' }, this.micBadge, h('span', {}, self ? 'You' : this.shownName)));
    this.videoTrack = null;
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
